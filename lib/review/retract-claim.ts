import "server-only";
import { defineMutation } from "@/lib/mutation";
import { claimChangeTags } from "@/lib/cache/tags";
import { ZRetraction } from "@/lib/review/schemas";
import { lockClaim, transitionClaim } from "@/lib/review/transitions";

/**
 * An editor retracts a published claim. It stays public, with its correction note shown
 * prominently; nothing published is ever deleted. Pending reviews of it are withdrawn.
 * Refused with 409 unless the claim is PUBLISHED when the retraction runs.
 */
export const retractClaim = defineMutation({
  action: "claim.retract",
  input: ZRetraction,
  changesPublicContent: (tx, { claimId }) => claimChangeTags(tx, claimId),
  async run({ tx, audit }, { claimId, correctionNote }) {
    const claim = await lockClaim(tx, claimId);
    const now = new Date();
    await transitionClaim(
      tx,
      claimId,
      ["PUBLISHED"],
      { editorialStatus: "RETRACTED", retractedAt: now, correctionNote },
      claim.editorialStatus === "RETRACTED"
        ? "This claim was already retracted."
        : "Only a published claim can be retracted.",
    );
    await tx.review.updateMany({
      where: { claimId, status: "PENDING" },
      data: { status: "WITHDRAWN", decidedAt: now },
    });
    await audit({
      action: "claim.retract",
      entityType: "Claim",
      entityId: claimId,
      before: { editorialStatus: claim.editorialStatus },
      after: { editorialStatus: "RETRACTED", correctionNote },
    });
    return { claimId };
  },
});
