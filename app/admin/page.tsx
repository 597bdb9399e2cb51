import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/policy";
import { listUsers, parseUserQuery } from "@/lib/admin/list-users";
import { AdminNav } from "@/components/admin/admin-nav";
import { UserTable } from "@/components/admin/user-table";
import { Pager } from "@/components/ui/pager";
import { Refusal } from "@/components/ui/refusal";

export const metadata: Metadata = { title: "Users · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Users: their roles, deactivation and reactivation. Admins only. */
export default async function AdminUsersPage({ searchParams }: Props) {
  const user = await requireUser("/admin");
  if (!can(user.role, "user.manage")) return <Refusal what="manage users, roles and invitations" />;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    if (typeof value === "string") params.set(key, value);
  }
  const query = parseUserQuery(params);
  const users = await listUsers(user, query);
  return (
    <>
      <AdminNav current="/admin" />
      <p className="mb-4 text-stone-700">
        A change of role or a deactivation applies from the user&apos;s next page or API call.
      </p>
      <form method="get" role="search" className="mb-6 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="q" className="block font-medium">
            Find a user
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Name or email"
            className="mt-1 rounded border border-stone-400 bg-white px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="rounded border border-stone-500 bg-white px-4 py-2 font-medium"
        >
          Search
        </button>
      </form>
      <p className="mb-2 text-sm text-stone-700">
        {users.total === 1 ? "1 user" : `${users.total} users`}
        {query.q ? ` matching “${query.q}”` : ""}, newest first.
      </p>
      <UserTable users={users.items} viewerId={user.id} />
      <Pager
        page={users.page}
        pageSize={users.pageSize}
        total={users.total}
        href={(p) =>
          `/admin?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(p) }).toString()}`
        }
      />
    </>
  );
}
