import "server-only";
import type { Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { lockClaim } from "@/lib/claims/lock-claim";

/**
 * Locks the claim and finds one of its citations that is still on the record (not retired,
 * no withdrawal pending), for a correction or withdrawal.
 * @throws NOT_FOUND for an unknown citation; CONFLICT when the claim is retracted or the
 * citation was withdrawn or replaced already.
 */
export async function findOpenCitation(tx: Tx, claimId: string, citationId: string) {
  const claim = await lockClaim(tx, claimId);
  if (claim.editorialStatus === "RETRACTED") {
    throw new AppError("CONFLICT", "A retracted claim can no longer be changed.");
  }
  const citation = await tx.citation.findFirst({
    where: { id: citationId, claimId },
    include: {
      source: { select: { capturedText: true } },
      replacedBy: { where: { retiredAt: null }, select: { id: true } },
    },
  });
  if (!citation) throw notFound("Citation");
  if (citation.retiredAt !== null || citation.withdrawnAt !== null) {
    throw new AppError("CONFLICT", "This citation was withdrawn or replaced already.");
  }
  if (citation.replacedBy.length > 0) {
    throw new AppError(
      "CONFLICT",
      "A correction of this citation is already waiting for review: change that one instead.",
    );
  }
  return citation;
}
