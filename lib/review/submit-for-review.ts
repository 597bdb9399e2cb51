import "server-only";
import { AppError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { ZClaimRef } from "@/lib/review/schemas";
import { pendingChanges } from "@/lib/review/pending-changes";
import { lockClaim, transitionClaim } from "@/lib/review/transitions";

const ALREADY_WAITING = "This claim is already waiting for review.";

/**
 * An analyst sends a claim to review: a new claim (DRAFT or CHANGES_REQUESTED → IN_REVIEW),
 * or the pending changes of a published claim (it stays PUBLISHED; the public keeps the
 * approved revision until an editor approves). At most one review per claim is pending,
 * under the claim's lock and, as a last guard, a partial unique index.
 * @throws CONFLICT when one is pending already, the claim is retracted, or nothing changed.
 */
export const submitForReview = defineMutation({
  action: "claim.submit",
  input: ZClaimRef,
  async run({ tx, user, audit }, { claimId }) {
    const claim = await lockClaim(tx, claimId);
    const open = await tx.review.findFirst({ where: { claimId, status: "PENDING" } });
    if (open) throw new AppError("CONFLICT", ALREADY_WAITING);
    if (claim.editorialStatus === "RETRACTED") {
      throw new AppError("CONFLICT", "A retracted claim cannot be submitted.");
    }
    const published = claim.publishedRevisionId !== null;
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
      : pending.newRevision || pending.citations > 0
        ? "EDIT"
        : "OUTCOME_UPDATE";
    const review = await tx.review.create({
      data: { claimId, kind, revisionId: revision.id, submittedById: user.id },
    });
    if (!published) {
      await transitionClaim(
        tx,
        claimId,
        ["DRAFT", "CHANGES_REQUESTED"],
        { editorialStatus: "IN_REVIEW" },
        ALREADY_WAITING,
      );
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
