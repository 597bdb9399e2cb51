import type { ActorKind } from "@/lib/generated/prisma/enums";
import { normalizeName } from "@/lib/actors/normalize-name";

/** An actor as pages and the API show it. */
export interface ActorView {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation: string | null;
  description: string | null;
  /** Other spellings; the current name's own spelling is not listed. */
  aliases: { id: string; alias: string }[];
  /** Set when this actor was merged into another; follow it to the survivor. */
  mergedIntoId: string | null;
  updatedAt: string;
}

interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation: string | null;
  description: string | null;
  mergedIntoId: string | null;
  updatedAt: Date;
  aliases: { id: string; alias: string; normalized: string }[];
}

export function toActorView(actor: ActorRow): ActorView {
  const own = normalizeName(actor.name);
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    affiliation: actor.affiliation,
    description: actor.description,
    aliases: actor.aliases
      .filter((a) => a.normalized !== own)
      .map((a) => ({ id: a.id, alias: a.alias }))
      .sort((a, b) => a.alias.localeCompare(b.alias)),
    mergedIntoId: actor.mergedIntoId,
    updatedAt: actor.updatedAt.toISOString(),
  };
}
