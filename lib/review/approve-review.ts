import "server-only";
import { defineMutation } from "@/lib/mutation";
import { claimChangeTags } from "@/lib/cache/tags";
import { currentOutcomeStatus } from "@/lib/outcomes/current-outcome";
import { ZReviewDecision } from "@/lib/review/schemas";
import { assertNotOwnWork } from "@/lib/review/two-person-rule";
import { loadChangeSet } from "@/lib/review/change-set";
import { decideReview, lockReview, transitionClaim } from "@/lib/review/transitions";

/**
 * An editor approves a submission and so publishes it: the submitted revision becomes the
 * one the public sees, the citations and outcome updates of the change set go public, and
 * the citations it withdraws or corrects leave the public record (they stay in the history).
 * Refused with 409 when the review was decided meanwhile or the claim was retracted, and
 * with 403 to anyone who authored part of the change set (two-person rule).
 */
export const approveReview = defineMutation({
  action: "claim.review",
  input: ZReviewDecision,
  changesPublicContent: async (tx, { reviewId }) => {
    const { claimId } = await tx.review.findUniqueOrThrow({ where: { id: reviewId } });
    return claimChangeTags(tx, claimId);
  },
  async run({ tx, user, audit }, { reviewId, comment }) {
    const { review, claim } = await lockReview(tx, reviewId);
    const changes = await loadChangeSet(tx, review);
    assertNotOwnWork(user, review.submittedById, changes);

    const now = new Date();
    await decideReview(tx, reviewId, "APPROVED", { reviewerId: user.id, comment });
    const added = changes.citations.map((c) => c.id);
    const retired = [
      ...changes.withdrawals.map((c) => c.id),
      ...changes.citations.flatMap((c) => (c.replaces ? [c.replaces.id] : [])),
    ];
    await tx.citation.updateMany({ where: { id: { in: added } }, data: { publishedAt: now } });
    await tx.citation.updateMany({
      where: { id: { in: retired }, retiredAt: null },
      data: { retiredAt: now },
    });
    await tx.outcomeUpdate.updateMany({
      where: { id: { in: changes.outcomes.map((o) => o.id) } },
      data: { publishedAt: now },
    });
    const publicOutcomeStatus = await currentOutcomeStatus(tx, claim.id, "public");
    await transitionClaim(
      tx,
      claim.id,
      ["IN_REVIEW", "PUBLISHED"],
      {
        editorialStatus: "PUBLISHED",
        publishedRevisionId: review.revisionId ?? claim.publishedRevisionId,
        firstPublishedAt: claim.firstPublishedAt ?? now,
        publicOutcomeStatus,
      },
      "This claim is no longer waiting for review (it may have been retracted). Reload to see it.",
    );
    await audit({
      action: "claim.publish",
      entityType: "Claim",
      entityId: claim.id,
      before: {
        editorialStatus: claim.editorialStatus,
        publishedRevisionId: claim.publishedRevisionId,
      },
      after: {
        editorialStatus: "PUBLISHED",
        publishedRevisionId: review.revisionId,
        reviewId,
        citationsPublished: added,
        citationsRetired: retired,
        outcomeUpdatesPublished: changes.outcomes.map((o) => o.id),
      },
    });
    return { claimId: claim.id };
  },
});
