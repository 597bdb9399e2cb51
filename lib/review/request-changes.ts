import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { ZChangeRequest } from "@/lib/review/schemas";
import { assertNotOwnSubmission } from "@/lib/review/two-person-rule";

/** An editor sends a submission back with a comment saying what to change. */
export const requestChanges = defineMutation({
  action: "claim.review",
  input: ZChangeRequest,
  async run({ tx, user, audit }, { reviewId, comment }) {
    const review = await tx.review.findUnique({
      where: { id: reviewId },
      include: { claim: true },
    });
    if (!review) throw notFound("Review");
    if (review.status !== "PENDING")
      throw new AppError("CONFLICT", "This review was already decided.");
    assertNotOwnSubmission(user, review.submittedById);

    await tx.review.update({
      where: { id: reviewId },
      data: { status: "CHANGES_REQUESTED", reviewerId: user.id, decidedAt: new Date(), comment },
    });
    // A published claim stays published; only a claim never published changes state.
    if (review.claim.editorialStatus === "IN_REVIEW") {
      await tx.claim.update({
        where: { id: review.claimId },
        data: { editorialStatus: "CHANGES_REQUESTED" },
      });
    }
    await audit({
      action: "claim.requestChanges",
      entityType: "Claim",
      entityId: review.claimId,
      after: { reviewId, comment },
    });
    return { claimId: review.claimId };
  },
});
