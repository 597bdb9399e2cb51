import "server-only";
import { AppError, invalid, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { ZClaimPatch, type TClaim } from "@/lib/claims/schemas";
import { checkReferences, writeRevision } from "@/lib/claims/revisions";

export const CONFLICT_MESSAGE =
  "Someone else saved this claim after you opened it. Review their version before saving yours.";

/**
 * Saves a change as a new revision, only if nobody saved since the client read `version`
 * (optimistic concurrency). A published claim keeps showing its approved revision to the
 * public until the change is approved.
 */
export const updateClaim = defineMutation({
  action: "claim.update",
  input: ZClaimPatch,
  async run({ tx, user, audit }, { id, version, ...changes }) {
    const current = await tx.claim.findUnique({
      where: { id },
      include: { topics: { select: { topicId: true } } },
    });
    if (!current) throw notFound("Claim");
    if (current.editorialStatus === "RETRACTED") {
      const message = "A retracted claim can no longer be changed.";
      throw invalid({ _: message }, message);
    }
    if (current.version !== version) {
      throw new AppError("CONFLICT", CONFLICT_MESSAGE, undefined, {
        currentVersion: current.version,
      });
    }
    await checkReferences(tx, changes);

    const next: TClaim = {
      statement: changes.statement ?? current.statement,
      isVerbatim: changes.isVerbatim ?? current.isVerbatim,
      claimantId: changes.claimantId ?? current.claimantId,
      claimantRole:
        changes.claimantRole !== undefined ? changes.claimantRole : current.claimantRole,
      madeAt: changes.madeAt ?? current.madeAt,
      kind: changes.kind ?? current.kind,
      topicIds: changes.topicIds ?? current.topics.map((t) => t.topicId),
      resolutionCriteria:
        changes.resolutionCriteria !== undefined
          ? changes.resolutionCriteria
          : current.resolutionCriteria,
      resolveBy: changes.resolveBy !== undefined ? changes.resolveBy : current.resolveBy,
    };
    if (next.resolveBy && next.resolveBy < next.madeAt) {
      throw new AppError("INVALID", "Some fields need attention.", {
        resolveBy: "The resolve-by date cannot be before the date the claim was made",
      });
    }

    // The version in the WHERE makes a concurrent save that slipped in after our read lose.
    const { topicIds, ...fields } = next;
    const updated = await tx.claim.updateMany({
      where: { id, version, editorialStatus: { not: "RETRACTED" } },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    const newVersion = version + 1;
    if (changes.topicIds) {
      await tx.claimTopic.deleteMany({ where: { claimId: id } });
      await tx.claimTopic.createMany({
        data: [...new Set(topicIds)].map((topicId) => ({ claimId: id, topicId })),
      });
    }
    await writeRevision(tx, id, newVersion, next, user.id);
    const { topics: _topics, ...before } = current;
    await audit({ action: "claim.update", entityType: "Claim", entityId: id, before, after: next });
    return { id, version: newVersion };
  },
});
