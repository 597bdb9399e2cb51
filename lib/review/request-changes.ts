import "server-only";
import { defineMutation } from "@/lib/mutation";
import { ZChangeRequest } from "@/lib/review/schemas";
import { assertNotOwnSubmission } from "@/lib/review/two-person-rule";
import { decideReview, lockReview, transitionClaim } from "@/lib/review/transitions";

/**
 * An editor sends a submission back with a comment saying what to change. A claim never
 * published goes IN_REVIEW → CHANGES_REQUESTED; a published one stays published.
 * Refused with 409 when the review was decided meanwhile.
 */
export const requestChanges = defineMutation({
  action: "claim.review",
  input: ZChangeRequest,
  async run({ tx, user, audit }, { reviewId, comment }) {
    const { review, claim } = await lockReview(tx, reviewId);
    assertNotOwnSubmission(user, review.submittedById);

    await decideReview(tx, reviewId, "CHANGES_REQUESTED", { reviewerId: user.id, comment });
    if (claim.publishedRevisionId === null) {
      await transitionClaim(
        tx,
        claim.id,
        ["IN_REVIEW"],
        { editorialStatus: "CHANGES_REQUESTED" },
        "This claim is no longer waiting for review. Reload to see it.",
      );
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
