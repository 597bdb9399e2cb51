import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/mutation";
import { toUserRow, userRowSelect, type UserRow } from "@/lib/admin/user-row";

export const USERS_PAGE_SIZE = 50;

export interface UserPage {
  items: UserRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** Reads `?q=` and `?page=` the same way for the admin page and the API. */
export function parseUserQuery(params: URLSearchParams): { q: string; page: number } {
  const q = (params.get("q") ?? "").trim().slice(0, 200);
  const page = Number(params.get("page"));
  return { q, page: Number.isInteger(page) && page > 0 ? page : 1 };
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
          { email: { contains: q, mode: "insensitive" } },
          { name: { contains: q, mode: "insensitive" } },
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
