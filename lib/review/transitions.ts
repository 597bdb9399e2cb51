import "server-only";
import type { Tx } from "@/lib/db";
import type { EditorialStatus, ReviewStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import { lockClaim } from "@/lib/claims/lock-claim";

export { lockClaim };

// Every editorial transition (submit, approve, request changes, retract, and the edits that
// must not slip into a retracted claim) follows the same two steps:
//   1. lock the claim's row (lib/claims/lock-claim.ts), always first and always the same row,
//      so transitions on one claim run one after another and never deadlock;
//   2. change state with a conditional UPDATE naming the state it expects. The loser of a
//      race finds the state already changed, gets 409 CONFLICT and changes nothing (its
//      transaction rolls back with everything it wrote).

/**
 * Moves a claim from one of the `from` states to `to` (with any other field changes).
 * @throws CONFLICT with `message` when the claim is no longer in an expected state.
 */
export async function transitionClaim(
  tx: Tx,
  claimId: string,
  from: readonly EditorialStatus[],
  data: Prisma.ClaimUncheckedUpdateManyInput,
  message: string,
): Promise<void> {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, editorialStatus: { in: [...from] } },
    data,
  });
  if (count !== 1) throw new AppError("CONFLICT", message);
}

export const ALREADY_DECIDED = "This review was already decided by someone else. Reload to see it.";

/**
 * Decides a PENDING review (APPROVED, CHANGES_REQUESTED or WITHDRAWN).
 * @throws CONFLICT when it is no longer pending.
 */
export async function decideReview(
  tx: Tx,
  reviewId: string,
  status: Exclude<ReviewStatus, "PENDING">,
  data: { reviewerId?: string; comment?: string | null },
): Promise<void> {
  const { count } = await tx.review.updateMany({
    where: { id: reviewId, status: "PENDING" },
    data: { status, decidedAt: new Date(), ...data },
  });
  if (count !== 1) throw new AppError("CONFLICT", ALREADY_DECIDED);
}

/** Finds a review and locks its claim; every decision on a review starts here. */
export async function lockReview(tx: Tx, reviewId: string) {
  const found = await tx.review.findUnique({ where: { id: reviewId }, select: { claimId: true } });
  if (!found) throw notFound("Review");
  const claim = await lockClaim(tx, found.claimId);
  // Read again under the lock: a decision committed while we waited is seen now.
  const review = await tx.review.findUniqueOrThrow({ where: { id: reviewId } });
  if (review.status !== "PENDING") throw new AppError("CONFLICT", ALREADY_DECIDED);
  return { review, claim };
}
