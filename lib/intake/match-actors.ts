import "server-only";
import { db } from "@/lib/db";
import { normalizeName } from "@/lib/actors/normalize-name";
import { samePersonName } from "@/lib/intake/name-match";
import type { SpeakerGuess } from "@/lib/intake/types";

export interface ActorMatch {
  actorId: string;
  actorName: string;
}

/** How similar (pg_trgm, 0–1) a spelling must be to be looked at; the rules then decide. */
const TRIGRAM_FLOOR = 0.2;

const speakerKey = (s: SpeakerGuess) => normalizeName(s.name.replace(/^the\s+/i, ""));

/**
 * Finds the existing actor each speaker names, by name or alias, including approximate
 * spellings of a person ("Rustam Umarov" → Rustem Umerov). One query for all speakers of
 * an article: PostgreSQL's trigram similarity (pg_trgm) shortlists at most eight
 * spellings per speaker, served by a trigram index on "ActorAlias".normalized when there is
 * one, so it stays fast with tens of thousands of spellings; `samePersonName` then accepts
 * or rejects each. Organisations and anonymous descriptors match only by exact spelling.
 * Merged-away actors never match. Returns a map from speaker key to the match.
 */
export async function matchSpeakers(
  speakers: readonly SpeakerGuess[],
): Promise<Map<string, ActorMatch>> {
  const keys = [...new Set(speakers.map(speakerKey).filter(Boolean))];
  const out = new Map<string, ActorMatch>();
  if (keys.length === 0) return out;
  const rows = await db.$queryRaw<
    {
      query: string;
      actorId: string;
      name: string;
      normalized: string;
      kind: string;
      score: number;
    }[]
  >`
    SELECT q.name AS query, s."actorId", ac.name, s.normalized, ac.kind::text AS kind, s.score
    FROM unnest(${keys}::text[]) AS q(name)
    CROSS JOIN LATERAL (
      SELECT al."actorId", al.normalized, similarity(al.normalized, q.name) AS score
      FROM "ActorAlias" al
      WHERE al.normalized = q.name OR similarity(al.normalized, q.name) >= ${TRIGRAM_FLOOR}
      ORDER BY al.normalized = q.name DESC, similarity(al.normalized, q.name) DESC
      LIMIT 8
    ) s
    JOIN "Actor" ac ON ac.id = s."actorId" AND ac."mergedIntoId" IS NULL`;
  for (const speaker of speakers) {
    const key = speakerKey(speaker);
    if (out.has(key)) continue;
    const best = rows
      .filter((r) => r.query === key)
      .filter(
        (r) =>
          r.normalized === key ||
          (speaker.kind === "PERSON" && r.kind === "PERSON" && samePersonName(key, r.normalized)),
      )
      .sort(
        (a, b) => Number(b.normalized === key) - Number(a.normalized === key) || b.score - a.score,
      )[0];
    if (best) out.set(key, { actorId: best.actorId, actorName: best.name });
  }
  return out;
}

export { speakerKey };
