import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { unauthorized } from "@/lib/errors";

export type ClaimScope = "public" | "internal";

/**
 * The single gate for reading claims. The public reading shows only claims that have an
 * approved revision; the internal reading (every claim, working copy) needs a signed-in
 * member. Queries take their `where` from here, so a forgotten check shows too little, not
 * too much.
 */
export function resolveClaimScope(user: SessionUser | null, wanted: ClaimScope): ClaimScope {
  if (wanted === "public") return "public";
  if (!user) throw unauthorized();
  return can(user.role, "claim.readInternal") ? "internal" : "public";
}

export function visibleClaimsWhere(scope: ClaimScope): Prisma.ClaimWhereInput {
  return scope === "internal" ? {} : { publishedRevisionId: { not: null } };
}
