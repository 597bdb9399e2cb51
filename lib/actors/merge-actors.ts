import "server-only";
import { AppError, invalid, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { ZActorMerge } from "@/lib/actors/schemas";
import { recordSpellings } from "@/lib/actors/record-spellings";
import { lockActors } from "@/lib/actors/lock-actors";

const SELF = "An actor cannot be merged into itself";

/**
 * Merges actor `id` (the duplicate) into actor `intoId` (the survivor): the duplicate's claims
 * and claim revisions are attributed to the survivor, its name and aliases become the
 * survivor's aliases, and it is kept with `mergedIntoId` set so old links lead on.
 */
export const mergeActors = defineMutation({
  action: "actor.merge",
  input: ZActorMerge,
  // Published claims show actor and topic names.
  changesPublicContent: true,
  async run({ tx, audit }, { id, intoId }) {
    if (id === intoId) throw invalid({ id: SELF, intoId: SELF }, SELF + ".");
    // Locked before reading, so that two editors merging A→B and B→A at once cannot both
    // see two live actors and leave each merged into the other.
    await lockActors(tx, [id, intoId]);
    const include = { aliases: { select: { alias: true } } } as const;
    const [loser, survivor] = await Promise.all([
      tx.actor.findUnique({ where: { id }, include }),
      tx.actor.findUnique({ where: { id: intoId }, include }),
    ]);
    if (!loser) throw notFound("Actor");
    if (!survivor) throw invalid({ intoId: "Choose an existing actor to merge into" });
    if (loser.mergedIntoId) {
      throw new AppError("CONFLICT", "This actor was already merged into another.", {
        id: "This actor was already merged into another",
      });
    }
    if (survivor.mergedIntoId) {
      throw new AppError("CONFLICT", "That actor was merged into another; merge into that one.", {
        intoId: "This actor was merged into another; merge into that one instead",
      });
    }

    const claims = await tx.claim.findMany({ where: { claimantId: id }, select: { id: true } });
    await tx.claim.updateMany({ where: { claimantId: id }, data: { claimantId: intoId } });
    const revisions = await tx.claimRevision.updateMany({
      where: { claimantId: id },
      data: { claimantId: intoId },
    });
    await recordSpellings(tx, intoId, [loser.name, ...loser.aliases.map((a) => a.alias)]);
    // Actors merged into the loser earlier now point straight at the survivor: no chains.
    await tx.actor.updateMany({ where: { mergedIntoId: id }, data: { mergedIntoId: intoId } });
    await tx.actor.update({ where: { id }, data: { mergedIntoId: intoId } });

    const survivorAliases = await tx.actorAlias.findMany({
      where: { actorId: intoId },
      select: { alias: true },
      orderBy: { alias: "asc" },
    });
    const claimIds = claims.map((c) => c.id);
    await audit({
      action: "actor.merge",
      entityType: "Actor",
      entityId: id,
      before: { name: loser.name, mergedIntoId: null },
      after: { mergedIntoId: intoId, claimIds, revisionsMoved: revisions.count },
    });
    await audit({
      action: "actor.merge",
      entityType: "Actor",
      entityId: intoId,
      before: { aliases: survivor.aliases.map((a) => a.alias).sort() },
      after: { aliases: survivorAliases.map((a) => a.alias), absorbedActorId: id },
    });
    // Each claim's own history shows that its claimant changed, and why.
    for (const claimId of claimIds) {
      await audit({
        action: "actor.merge",
        entityType: "Claim",
        entityId: claimId,
        before: { claimantId: id },
        after: { claimantId: intoId },
      });
    }
    return { id, intoId, claimsMoved: claimIds.length, revisionsMoved: revisions.count };
  },
});
