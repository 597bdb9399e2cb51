import "server-only";
import { db } from "@/lib/db";
import { normalizeName } from "@/lib/actors/normalize-name";
import { matchActorNames } from "@/lib/actors/match-names";
import { cachedPublicQuery } from "@/lib/cache/public-content";

/** How many near names the public search offers when a typed claimant is ambiguous. */
const CHOICES_MAX = 8;

export interface ClaimantChoice {
  id: string;
  name: string;
}

/**
 * What a claimant typed by name into the public claim search stands for, among actors with
 * at least one published claim (the only ones a reader can find claims of):
 * - `one`: a single actor whose name or alias equals the text (normalized: case, accents and
 *   spacing aside), or the only actor whose name approximately matches it (pg_trgm word
 *   similarity, lib/actors/match-names.ts: "Oumerov" finds "Rustem Umerov");
 * - `several`: up to 8 near matches, closest first, for the reader to choose from;
 * - `none`: nobody with published claims goes by that name.
 * A plain text field keeps the public page free of script, where a list of every claimant
 * would send thousands of options with each page.
 */
export const resolveClaimant = cachedPublicQuery("public.resolveClaimant", readClaimant);

async function readClaimant(
  text: string,
): Promise<
  | { kind: "one"; actor: ClaimantChoice }
  | { kind: "several"; actors: ClaimantChoice[] }
  | { kind: "none" }
> {
  const wanted = normalizeName(text);
  const published = { revisions: { some: { publishedOf: { isNot: null } } } };
  const exact = await db.actor.findMany({
    where: {
      mergedIntoId: null,
      ...published,
      OR: [
        { name: { equals: text.trim(), mode: "insensitive" } },
        { aliases: { some: { normalized: wanted } } },
      ],
    },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: CHOICES_MAX,
  });
  if (exact.length === 1) return { kind: "one", actor: exact[0]! };
  if (exact.length > 1) return { kind: "several", actors: exact };

  const near = await matchActorNames(text);
  const rows = await db.actor.findMany({
    where: { id: { in: near }, ...published },
    select: { id: true, name: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const actors = near.flatMap((id) => byId.get(id) ?? []).slice(0, CHOICES_MAX);
  if (actors.length === 1) return { kind: "one", actor: actors[0]! };
  return actors.length > 1 ? { kind: "several", actors } : { kind: "none" };
}

/** The name an actor id stands for in the search form, or null for an unknown id. */
export const claimantName = cachedPublicQuery("public.claimantName", async (id: string) => {
  const actor = await db.actor.findUnique({ where: { id }, select: { name: true } });
  return actor?.name ?? null;
});
