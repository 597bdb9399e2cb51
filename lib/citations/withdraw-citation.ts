import "server-only";
import { defineMutation } from "@/lib/mutation";
import { ZCitationWithdrawal } from "@/lib/citations/schemas";
import { findOpenCitation } from "@/lib/citations/find-open-citation";

/**
 * Withdraws a citation, with a reason. One never approved leaves the working copy at once;
 * an approved one stays public until an editor approves the withdrawal with the claim's
 * next review. Either way the row stays, with who withdrew it, when and why, in the
 * history and the audit. Returns `{ id, pendingReview }`.
 */
export const withdrawCitation = defineMutation({
  action: "citation.correct",
  input: ZCitationWithdrawal,
  async run({ tx, user, audit }, { claimId, citationId, reason }) {
    const citation = await findOpenCitation(tx, claimId, citationId);
    const now = new Date();
    const approved = citation.publishedAt !== null;
    await tx.citation.update({
      where: { id: citation.id },
      data: {
        withdrawnAt: now,
        withdrawnById: user.id,
        withdrawalNote: reason,
        retiredAt: approved ? null : now,
      },
    });
    await audit({
      action: "citation.withdraw",
      entityType: "Citation",
      entityId: citation.id,
      before: { withdrawnAt: null, publishedAt: citation.publishedAt },
      after: { withdrawnAt: now, reason, pendingReview: approved },
    });
    return { id: citation.id, pendingReview: approved };
  },
});
