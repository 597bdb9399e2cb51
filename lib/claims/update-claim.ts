import "server-only";
import type { Tx } from "@/lib/db";
import { AppError, invalid } from "@/lib/errors";
import { lockClaim } from "@/lib/claims/lock-claim";
import { isoDate } from "@/lib/forms/fields";
import { defineMutation } from "@/lib/mutation";
import { ZClaimPatch, type TClaim } from "@/lib/claims/schemas";
import { checkReferences, writeRevision } from "@/lib/claims/revisions";
import { CLAIM_FIELDS, mergeClaim, type ClaimField } from "@/lib/claims/three-way-merge";

export const CONFLICT_MESSAGE =
  "Someone else changed the same fields after you opened this claim. Choose which version to keep for each.";

/** The details a CONFLICT carries: the version to save against and the clashing fields. */
export interface ClaimConflictDetails {
  currentVersion: number;
  /** The combined content to continue from: your changes, theirs, and theirs where both. */
  merged: TClaim;
  conflicts: { field: ClaimField; theirs: unknown; mine: unknown }[];
}

async function revisionContent(tx: Tx, claimId: string, number: number): Promise<TClaim | null> {
  const r = await tx.claimRevision.findUnique({
    where: { claimId_number: { claimId, number } },
    include: { topics: { select: { topicId: true } } },
  });
  if (!r) return null;
  return { ...pick(r), topicIds: r.topics.map((t) => t.topicId) };
}

function pick(r: Omit<TClaim, "topicIds">): Omit<TClaim, "topicIds"> {
  return {
    statement: r.statement,
    isVerbatim: r.isVerbatim,
    claimantId: r.claimantId,
    claimantRole: r.claimantRole,
    madeAt: r.madeAt,
    kind: r.kind,
    resolutionCriteria: r.resolutionCriteria,
    resolveBy: r.resolveBy,
  };
}

/**
 * Saves a change as a new revision. When others saved since the client read `version`, the
 * change is merged three ways (lib/claims/three-way-merge.ts): fields only one side changed
 * are combined and saved; if both changed a field differently, nothing is saved and a
 * CONFLICT (409) carries `ClaimConflictDetails` for the user to choose. A published claim
 * keeps showing its approved revision to the public until the change is approved.
 * Returns `{ id, version, merged }`, `merged` naming the fields combined from others' saves.
 */
export const updateClaim = defineMutation({
  action: "claim.update",
  input: ZClaimPatch,
  async run({ tx, user, audit }, { id, version, ...changes }) {
    // Under the claim's lock a concurrent save is seen once it commits, and merged with.
    const current = await lockClaim(tx, id);
    if (current.editorialStatus === "RETRACTED") {
      const message = "A retracted claim can no longer be changed.";
      throw invalid({ _: message }, message);
    }
    await checkReferences(tx, changes);
    const theirs: TClaim = { ...pick(current), topicIds: current.topics.map((t) => t.topicId) };
    const mine: Partial<TClaim> = Object.fromEntries(
      CLAIM_FIELDS.filter((f) => changes[f] !== undefined).map((f) => [f, changes[f]]),
    );

    let next: TClaim = { ...theirs, ...mine };
    let combined: ClaimField[] = [];
    if (current.version !== version) {
      const base = await revisionContent(tx, id, version);
      if (!base || version > current.version) throw invalid({ version: "Unknown version" });
      const merge = mergeClaim(base, theirs, mine);
      if (merge.conflicts.length > 0) {
        const details: ClaimConflictDetails = {
          currentVersion: current.version,
          merged: merge.merged,
          conflicts: merge.conflicts.map(({ field, theirs, mine }) => ({ field, theirs, mine })),
        };
        throw new AppError("CONFLICT", CONFLICT_MESSAGE, undefined, details);
      }
      next = merge.merged;
      combined = merge.theirs;
    }
    if (next.resolveBy && next.resolveBy < next.madeAt) {
      throw invalid({
        resolveBy: "The resolve-by date cannot be before the date the claim was made",
      });
    }
    // The timeline's rule seen from the other side: no outcome may precede the claim's date.
    const earliest = await tx.outcomeUpdate.findFirst({
      where: { claimId: id, occurredAt: { lt: next.madeAt } },
      orderBy: { occurredAt: "asc" },
      select: { occurredAt: true },
    });
    if (earliest) {
      throw invalid({
        madeAt: `The claim cannot be dated after its outcome timeline starts (${isoDate(earliest.occurredAt)})`,
      });
    }

    // The version in the WHERE makes a concurrent save that slipped in after our read lose.
    const { topicIds, ...fields } = next;
    const updated = await tx.claim.updateMany({
      where: { id, version: current.version, editorialStatus: { not: "RETRACTED" } },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new AppError("CONFLICT", "Someone saved this claim at the same moment; try again.");
    }
    const newVersion = current.version + 1;
    await tx.claimTopic.deleteMany({ where: { claimId: id } });
    await tx.claimTopic.createMany({
      data: [...new Set(topicIds)].map((topicId) => ({ claimId: id, topicId })),
    });
    await writeRevision(tx, id, newVersion, next, user.id);
    const { topics: _topics, ...before } = current;
    await audit({
      action: "claim.update",
      entityType: "Claim",
      entityId: id,
      before,
      after:
        current.version === version
          ? next
          : {
              ...next,
              mergedFrom: { base: version, theirs: current.version, theirFields: combined },
            },
    });
    return { id, version: newVersion, merged: combined };
  },
});
