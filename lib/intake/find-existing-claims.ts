import "server-only";
import { db } from "@/lib/db";
import { foldPassage, MIN_REPEAT_CHARS as MIN_KEY } from "@/lib/intake/fold";

// Finding the claim a candidate repeats: when the candidate's words already appear in a
// citation of an existing (not retracted) claim, or that citation's words appear in the
// candidate, intake offers "add this source as a citation to claim X" instead of a new
// claim. Text is compared folded: lower case, typographic quotes as straight ones, runs of
// whitespace as one space, outer punctuation dropped — the same fold in SQL and here.

/**
 * For each passage, the id of the oldest claim whose citation contains it (or is contained
 * in it), or null. One query for the whole article. Without a trigram index this scans
 * the citations; see ARCHITECTURE.md for the index that keeps it fast at scale.
 */
export async function findExistingClaims(passages: readonly string[]): Promise<(string | null)[]> {
  const keys = passages.map(foldPassage);
  // Each distinct passage is looked up once: a long paste repeats many of its quotes.
  const distinct = [...new Set(keys.filter((k) => k.length >= MIN_KEY))];
  if (distinct.length === 0) return keys.map(() => null);
  // MATERIALIZED: the citations are folded once per request, not once per passage.
  const rows = await db.$queryRaw<{ i: number; claimId: string }[]>`
    WITH folded AS MATERIALIZED (
      SELECT ci."claimId", ci."createdAt",
        btrim(lower(regexp_replace(translate(ci.exact, '“”„‟«»‘’‚‛', '""""""'''''''''), '[[:space:]]+', ' ', 'g')), ' .,;:!?"''') AS text
      FROM "Citation" ci
      JOIN "Claim" cl ON cl.id = ci."claimId" AND cl."editorialStatus" <> 'RETRACTED'
      WHERE ci."retiredAt" IS NULL
    )
    SELECT q.i::int AS i, m."claimId"
    FROM unnest(${distinct}::text[]) WITH ORDINALITY AS q(key, i)
    CROSS JOIN LATERAL (
      SELECT f."claimId" FROM folded f
      WHERE strpos(f.text, q.key) > 0 OR (length(f.text) >= ${MIN_KEY} AND strpos(q.key, f.text) > 0)
      ORDER BY f."createdAt" ASC
      LIMIT 1
    ) m`;
  const byKey = new Map(rows.map((row) => [distinct[row.i - 1], row.claimId]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** What the analyst needs to recognise a claim a candidate repeats: its words and its claimant. */
export interface ExistingClaim {
  id: string;
  statement: string;
  claimantName: string;
}

/** The statement and claimant of each claim id given, in one query; unknown ids are left out. */
export async function describeClaims(ids: readonly string[]): Promise<Map<string, ExistingClaim>> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return new Map();
  const rows = await db.claim.findMany({
    where: { id: { in: distinct } },
    select: { id: true, statement: true, claimant: { select: { name: true } } },
  });
  return new Map(
    rows.map((r) => [r.id, { id: r.id, statement: r.statement, claimantName: r.claimant.name }]),
  );
}
