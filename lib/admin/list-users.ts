import "server-only";
import { db } from "@/lib/db";
import { fieldErrorsFrom } from "@/lib/errors";
import { escapeLike } from "@/lib/escape-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/mutation";
import { toUserRow, userRowSelect, type UserRow } from "@/lib/admin/user-row";
import { ZUserQuery, type UserQuery } from "@/lib/admin/schemas";

export const USERS_PAGE_SIZE = 50;

export interface UserPage {
  items: UserRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** Every account, newest first, optionally narrowed by a piece of name or email. Admins only. */
export async function listUsers(
  viewer: SessionUser | null,
  { q, page }: { q: string; page: number },
): Promise<UserPage> {
  authorize(viewer, "user.manage");
  const where: Prisma.UserWhereInput = q
    ? {
        OR: [
          { email: { contains: escapeLike(q), mode: "insensitive" } },
          { name: { contains: escapeLike(q), mode: "insensitive" } },
        ],
      }
    : {};
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: userRowSelect,
    }),
    db.user.count({ where }),
  ]);
  return {
    items: users.map(toUserRow),
    total,
    page,
    pageSize: USERS_PAGE_SIZE,
  };
}

/**
 * For the admin page: the query, or the messages for the parameters it refused (keyed by
 * `q` / `page`), so the page can show them beside the field instead of guessing.
 */
export function parseUserQuery(
  params: URLSearchParams,
): { ok: true; query: UserQuery } | { ok: false; errors: Record<string, string> } {
  const parsed = ZUserQuery.safeParse(Object.fromEntries(params));
  return parsed.success
    ? { ok: true, query: parsed.data }
    : { ok: false, errors: fieldErrorsFrom(parsed.error) };
}
