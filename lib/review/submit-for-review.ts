import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { ZClaimRef } from "@/lib/review/schemas";
import { pendingChanges } from "@/lib/review/pending-changes";

/**
 * An analyst sends a claim to review: a new claim (DRAFT or CHANGES_REQUESTED → IN_REVIEW),
 * or the pending changes of a published claim (it stays PUBLISHED; the public keeps the
 * approved revision until an editor approves).
 */
export const submitForReview = defineMutation({
  action: "claim.submit",
  input: ZClaimRef,
  async run({ tx, user, audit }, { claimId }) {
    const claim = await tx.claim.findUnique({ where: { id: claimId } });
    if (!claim) throw notFound("Claim");
    const open = await tx.review.findFirst({ where: { claimId, status: "PENDING" } });
    if (open) throw new AppError("CONFLICT", "This claim is already waiting for review.");

    const published = claim.publishedRevisionId !== null;
    if (claim.editorialStatus === "RETRACTED") {
      throw new AppError("CONFLICT", "A retracted claim cannot be submitted.");
    }
    const pending = await pendingChanges(tx, claimId);
    if (published && !pending.any) {
      throw new AppError("CONFLICT", "There are no unpublished changes to submit.");
    }
    const revision = await tx.claimRevision.findUniqueOrThrow({
      where: { claimId_number: { claimId, number: claim.version } },
      select: { id: true },
    });
    const kind = !published
      ? "NEW_CLAIM"
      : pending.newRevision || pending.citations
        ? "EDIT"
        : "OUTCOME_UPDATE";
    const review = await tx.review.create({
      data: { claimId, kind, revisionId: revision.id, submittedById: user.id },
    });
    if (!published) {
      await tx.claim.update({ where: { id: claimId }, data: { editorialStatus: "IN_REVIEW" } });
    }
    await audit({
      action: "claim.submit",
      entityType: "Claim",
      entityId: claimId,
      before: { editorialStatus: claim.editorialStatus },
      after: { reviewId: review.id, kind, revision: claim.version },
    });
    return { reviewId: review.id };
  },
});
