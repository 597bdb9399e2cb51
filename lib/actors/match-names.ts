import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeName } from "@/lib/actors/normalize-name";

/** More actors than this matching one spelling means the text is not a name; stop there. */
const MATCHES_MAX = 20;

/**
 * Actors whose name or any alias approximately contains `text`, by pg_trgm's word
 * similarity (`%>`, default threshold 0.6) on the trigram indexes of ActorAlias.normalized
 * and of the unaccented, lower-cased Actor.name, so "Oumerov" and "Umerov" find
 * "Rustem Umerov" and "Umarov" finds his alias "Rustam Umarov". Merged-away actors are left
 * out (their claims now belong to the survivor). Returns actor ids, closest first; none
 * for text shorter than three characters, where trigrams say nothing.
 */
export async function matchActorNames(text: string | undefined): Promise<string[]> {
  const wanted = normalizeName(text ?? "");
  if (wanted.length < 3) return [];
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT m.id FROM (
      SELECT al."actorId" AS id, word_similarity(${wanted}, al."normalized") AS score
      FROM "ActorAlias" al WHERE al."normalized" %> ${wanted}
      UNION ALL
      SELECT a."id", word_similarity(${wanted}, "claimwatch_unaccent"(lower(a."name")))
      FROM "Actor" a WHERE "claimwatch_unaccent"(lower(a."name")) %> ${wanted}
    ) m JOIN "Actor" a ON a."id" = m.id AND a."mergedIntoId" IS NULL
    GROUP BY m.id ORDER BY max(m.score) DESC, m.id LIMIT ${MATCHES_MAX}`);
  return rows.map((r) => r.id);
}
