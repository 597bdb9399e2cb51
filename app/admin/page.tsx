import type { Metadata } from "next";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import Link from "next/link";
import { listUsers, parseUserQuery } from "@/lib/admin/list-users";
import type { UserQuery } from "@/lib/admin/schemas";
import type { SessionUser } from "@/lib/auth/session-user";
import { AdminNav } from "@/components/admin/admin-nav";
import { UserTable } from "@/components/admin/user-table";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Users · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Users: their roles, deactivation and reactivation. Admins only. */
export default async function AdminUsersPage({ searchParams }: Props) {
  const user = await requireUser("/admin");
  requirePermission(user, "user.manage");
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    if (typeof value === "string") params.set(key, value);
  }
  const parsed = parseUserQuery(params);
  const errors = parsed.ok ? {} : parsed.errors;
  const q = params.get("q") ?? "";
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
            defaultValue={q}
            placeholder="Name or email"
            aria-invalid={errors.q ? true : undefined}
            aria-describedby={errors.q ? "q-error" : undefined}
            className="mt-1 rounded border border-stone-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700"
          />
          {errors.q ? (
            <p id="q-error" role="alert" className="mt-1 text-sm font-medium text-red-800">
              {errors.q}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          className="rounded border border-stone-500 bg-white px-4 py-2 font-medium"
        >
          Search
        </button>
      </form>
      {parsed.ok ? (
        <Users viewer={user} query={parsed.query} />
      ) : errors.page ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {errors.page} <Link href={pageHref(errors.q ? "" : q, 1)}>Go to the first page</Link>.
        </p>
      ) : null}
    </>
  );
}

function pageHref(q: string, page: number): string {
  return `/admin?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) }).toString()}`;
}

async function Users({ viewer, query }: { viewer: SessionUser; query: UserQuery }) {
  const users = await listUsers(viewer, query);
  return (
    <>
      <p className="mb-2 text-sm text-stone-700">
        {users.total === 1 ? "1 user" : `${users.total} users`}
        {query.q ? ` matching “${query.q}”` : ""}, newest first.
      </p>
      <UserTable users={users.items} viewerId={viewer.id} />
      <Pager
        page={users.page}
        pageSize={users.pageSize}
        total={users.total}
        href={(p) => pageHref(query.q, p)}
      />
    </>
  );
}
