import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { currentOutcomeStatus } from "@/lib/outcomes/current-outcome";
import { ZReviewDecision } from "@/lib/review/schemas";
import { assertNotOwnSubmission } from "@/lib/review/two-person-rule";

/**
 * An editor approves a submission and so publishes it: the submitted revision becomes the
 * one the public sees, and the citations and outcome updates submitted with it go public.
 */
export const approveReview = defineMutation({
  action: "claim.review",
  input: ZReviewDecision,
  changesPublicContent: true,
  async run({ tx, user, audit }, { reviewId, comment }) {
    const review = await tx.review.findUnique({
      where: { id: reviewId },
      include: { claim: true },
    });
    if (!review) throw notFound("Review");
    if (review.status !== "PENDING")
      throw new AppError("CONFLICT", "This review was already decided.");
    assertNotOwnSubmission(user, review.submittedById);
    const { claim } = review;
    if (claim.editorialStatus === "RETRACTED") {
      throw new AppError("CONFLICT", "A retracted claim cannot be published.");
    }

    const now = new Date();
    const submittedBefore = {
      claimId: claim.id,
      publishedAt: null,
      createdAt: { lte: review.submittedAt },
    };
    await tx.citation.updateMany({ where: submittedBefore, data: { publishedAt: now } });
    await tx.outcomeUpdate.updateMany({ where: submittedBefore, data: { publishedAt: now } });
    const publicOutcomeStatus = await currentOutcomeStatus(tx, claim.id, "public");
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        editorialStatus: "PUBLISHED",
        publishedRevisionId: review.revisionId ?? claim.publishedRevisionId,
        firstPublishedAt: claim.firstPublishedAt ?? now,
        publicOutcomeStatus,
      },
    });
    await tx.review.update({
      where: { id: reviewId },
      data: { status: "APPROVED", reviewerId: user.id, decidedAt: now, comment },
    });
    await audit({
      action: "claim.publish",
      entityType: "Claim",
      entityId: claim.id,
      before: {
        editorialStatus: claim.editorialStatus,
        publishedRevisionId: claim.publishedRevisionId,
      },
      after: { editorialStatus: "PUBLISHED", publishedRevisionId: review.revisionId, reviewId },
    });
    return { claimId: claim.id };
  },
});
