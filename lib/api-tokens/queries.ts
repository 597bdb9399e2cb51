import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/mutation";
import { apiTokenRowSelect, toApiTokenRow, type ApiTokenRow } from "@/lib/api-tokens/api-token-row";

/** The viewer's own tokens, active ones first, then newest first. */
export async function listOwnApiTokens(viewer: SessionUser | null): Promise<ApiTokenRow[]> {
  authorize(viewer, "token.manage");
  const tokens = await db.apiToken.findMany({
    where: { userId: viewer.id },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: apiTokenRowSelect,
  });
  return tokens.map(toApiTokenRow);
}

/** Every member's active tokens, for an admin to review and revoke. */
export async function listActiveApiTokens(viewer: SessionUser | null): Promise<ApiTokenRow[]> {
  authorize(viewer, "user.manage");
  const tokens = await db.apiToken.findMany({
    where: { revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 500,
    select: apiTokenRowSelect,
  });
  return tokens.map(toApiTokenRow);
}
