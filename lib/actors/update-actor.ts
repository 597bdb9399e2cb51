import "server-only";
import { AppError, invalid, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { ZActorPatch } from "@/lib/actors/schemas";
import { recordSpellings } from "@/lib/actors/record-spellings";
import { lockActors } from "@/lib/actors/lock-actors";

/**
 * Changes an actor's details and adds or removes aliases. A renamed actor keeps its old name
 * as an alias, so searches by the old spelling still find it.
 */
export const updateActor = defineMutation({
  action: "actor.update",
  input: ZActorPatch,
  // Published claims show actor and topic names.
  changesPublicContent: true,
  async run({ tx, audit }, { id, addAliases, removeAliasIds, ...changes }) {
    await lockActors(tx, [id]);
    const current = await tx.actor.findUnique({
      where: { id },
      include: { aliases: { select: { id: true, alias: true } } },
    });
    if (!current) throw notFound("Actor");
    if (current.mergedIntoId) {
      throw new AppError("CONFLICT", "This actor was merged into another; edit that one instead.");
    }
    const ownAliasIds = new Set(current.aliases.map((a) => a.id));
    if (removeAliasIds.some((aliasId) => !ownAliasIds.has(aliasId))) {
      throw invalid({ removeAliasIds: "Remove only this actor's own aliases" });
    }

    await tx.actorAlias.deleteMany({ where: { actorId: id, id: { in: removeAliasIds } } });
    const updated = await tx.actor.update({
      where: { id },
      data: {
        name: changes.name,
        kind: changes.kind,
        affiliation: changes.affiliation,
        description: changes.description,
      },
    });
    // The name is registered again in case its spelling was just removed; a replaced name
    // stays as an alias.
    const oldName = updated.name !== current.name ? [current.name] : [];
    await recordSpellings(tx, id, [updated.name, ...oldName, ...addAliases]);

    const aliases = await tx.actorAlias.findMany({
      where: { actorId: id },
      select: { alias: true },
      orderBy: { alias: "asc" },
    });
    const { aliases: beforeAliases, ...before } = current;
    await audit({
      action: "actor.update",
      entityType: "Actor",
      entityId: id,
      before: { ...before, aliases: beforeAliases.map((a) => a.alias).sort() },
      after: { ...updated, aliases: aliases.map((a) => a.alias) },
    });
    return { id };
  },
});
