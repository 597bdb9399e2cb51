import "server-only";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { resolveClaimScope, visibleClaimsWhere } from "@/lib/claims/visibility";
import { isRecordId } from "@/lib/ids";

/**
 * The team's discussion of a claim, oldest first. Comments are internal: only a signed-in
 * member who may read the claim's working copy sees them.
 */
export async function listCommentsForClaim(user: SessionUser | null, claimId: string) {
  const scope = resolveClaimScope(user, "internal");
  if (scope !== "internal") throw forbidden();
  if (!isRecordId(claimId)) throw notFound("Claim");
  const claim = await db.claim.findFirst({
    where: { AND: [{ id: claimId }, visibleClaimsWhere(scope)] },
    select: { id: true },
  });
  if (!claim) throw notFound("Claim");
  const rows = await db.comment.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { author: { select: { id: true, name: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    body: c.body,
    author: c.author,
    createdAt: c.createdAt.toISOString(),
  }));
}

export type CommentView = Awaited<ReturnType<typeof listCommentsForClaim>>[number];
