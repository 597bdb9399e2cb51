import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { ZRetraction } from "@/lib/review/schemas";

/**
 * An editor retracts a published claim. It stays public, with its correction note shown
 * prominently; nothing published is ever deleted.
 */
export const retractClaim = defineMutation({
  action: "claim.retract",
  input: ZRetraction,
  changesPublicContent: true,
  async run({ tx, audit }, { claimId, correctionNote }) {
    const claim = await tx.claim.findUnique({ where: { id: claimId } });
    if (!claim) throw notFound("Claim");
    if (claim.editorialStatus !== "PUBLISHED") {
      throw new AppError("CONFLICT", "Only a published claim can be retracted.");
    }
    await tx.claim.update({
      where: { id: claimId },
      data: { editorialStatus: "RETRACTED", retractedAt: new Date(), correctionNote },
    });
    await tx.review.updateMany({
      where: { claimId, status: "PENDING" },
      data: { status: "WITHDRAWN", decidedAt: new Date() },
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
