import "server-only";
import type { Tx } from "@/lib/db";
import type { ActorKind } from "@/lib/generated/prisma/enums";
import { notFound } from "@/lib/errors";
import type { MutationContext } from "@/lib/mutation";
import { normalizeName } from "@/lib/actors/normalize-name";
import { recordSpellings } from "@/lib/actors/record-spellings";
import type { TIntakeItem } from "@/lib/intake/schemas";

// The claimant of an intake candidate the analyst chose to create as a new speaker. Within
// one intake, and against the library, a speaker is created once: the same spelling and kind
// (normalised as every alias is) reuses the actor found or made first.

/** The actor for a new speaker: one with exactly this spelling and kind, or a new one. */
export async function claimantFor(
  ctx: MutationContext,
  item: TIntakeItem,
  actors: Map<string, string>,
): Promise<string> {
  const speaker = item.newClaimant;
  if (!speaker) throw notFound("Actor");
  const key = `${speaker.kind}:${normalizeName(speaker.name)}`;
  const known =
    actors.get(key) ?? (await findBySpelling(ctx.tx, speaker.kind, normalizeName(speaker.name)));
  if (known) {
    actors.set(key, known);
    return known;
  }
  const actor = await ctx.tx.actor.create({
    data: { name: speaker.name, kind: speaker.kind, affiliation: speaker.affiliation },
  });
  await recordSpellings(ctx.tx, actor.id, [speaker.name]);
  await ctx.audit({
    action: "actor.create",
    entityType: "Actor",
    entityId: actor.id,
    after: { ...speaker, aliases: [] },
  });
  actors.set(key, actor.id);
  return actor.id;
}

async function findBySpelling(tx: Tx, kind: ActorKind, normalized: string): Promise<string | null> {
  const alias = await tx.actorAlias.findFirst({
    where: { normalized, actor: { kind, mergedIntoId: null } },
    select: { actorId: true },
  });
  return alias?.actorId ?? null;
}
