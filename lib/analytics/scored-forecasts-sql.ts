import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimKind } from "@/lib/generated/prisma/enums";

// The SQL every analytics figure starts from, written once. Analytics read only approved
// data: claims with a published revision that are not retracted, that revision's kind,
// claimant, resolve-by date and topics, and outcome entries an editor approved. So the
// members' and the public figures cover the same claims, and they change only when a review
// is approved (which is also when the cache is invalidated).

/**
 * "Made after the fact", the SQL twin of `isMadeAfterTheFact` in lib/forecasts/after-the-fact.ts
 * (which states the rule): the forecast's creation date (UTC) is strictly after the claim's
 * resolve-by date, or strictly after `resolvedOn`, the date the claim was first settled (CTE
 * `resolution` below: the earliest approved, uncorrected entry with a resolved status). Such a
 * forecast is kept and shown but never scored. A missing date gives no reason. Takes SQL
 * expressions for `createdAt` (timestamp stored in UTC), the resolve-by and resolved-on dates.
 * test/data/analytics-after-the-fact.test.ts checks the twins agree forecast by forecast.
 */
export function madeAfterTheFact(
  createdAt: Prisma.Sql,
  resolveBy: Prisma.Sql,
  resolvedOn: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`COALESCE((${createdAt})::date > ${resolveBy} OR (${createdAt})::date > ${resolvedOn}, false)`;
}

/** The bin of a whole percentage, the SQL twin of `binIndex` in lib/forecasts/scoring.ts. */
export const BIN_OF_PROBABILITY = Prisma.sql`LEAST(9, probability / 10)`;

/** Filters on the approved claim (columns of `published_claims`, alias `c`). */
export interface ClaimFilter {
  topic?: string;
  kind?: ClaimKind;
  /** Any of these kinds (the speakers' PROMISE and PREDICTION claims). */
  kinds?: readonly ClaimKind[];
  claimant?: string;
  /** On the date the claim was made. */
  madeFrom?: Date | null;
  madeTo?: Date | null;
}

export function claimFilterSql(filter: ClaimFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.kind) parts.push(Prisma.sql`c.kind = ${filter.kind}::"ClaimKind"`);
  if (filter.kinds) {
    const kinds = filter.kinds.map((k) => Prisma.sql`${k}::"ClaimKind"`);
    parts.push(Prisma.sql`c.kind IN (${Prisma.join(kinds)})`);
  }
  if (filter.claimant) parts.push(Prisma.sql`c.claimant_id = ${filter.claimant}::uuid`);
  if (filter.madeFrom) parts.push(Prisma.sql`c.made_at >= ${filter.madeFrom}::date`);
  if (filter.madeTo) parts.push(Prisma.sql`c.made_at <= ${filter.madeTo}::date`);
  if (filter.topic) {
    parts.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "RevisionTopic" rt JOIN "Topic" t ON t.id = rt."topicId"
      WHERE rt."revisionId" = c.revision_id AND t.slug = ${filter.topic})`);
  }
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND ");
}

/** CTE `published_claims`: every claim the analytics cover, as its approved revision says. */
export const PUBLISHED_CLAIMS = Prisma.sql`published_claims AS (
  SELECT c.id, c."publishedRevisionId" AS revision_id, c."publicOutcomeStatus" AS outcome,
         r.kind, r."claimantId" AS claimant_id, r."madeAt" AS made_at, r."resolveBy" AS resolve_by
  FROM "Claim" c JOIN "ClaimRevision" r ON r.id = c."publishedRevisionId"
  WHERE c."editorialStatus" <> 'RETRACTED')`;

/**
 * CTE `resolution`: per claim, `occurred_at`, the date it was first settled in the public
 * reading (lib/outcomes/current-outcome.ts `findResolvedOn`): the earliest approved entry
 * with a resolved status that no approved entry corrects.
 */
export const RESOLUTION = Prisma.sql`resolution AS (
    SELECT o."claimId" AS claim_id, MIN(o."occurredAt") AS occurred_at
    FROM "OutcomeUpdate" o
    WHERE o."publishedAt" IS NOT NULL
      AND o.status IN ('HELD', 'PARTIALLY_HELD', 'NOT_HELD', 'UNRESOLVABLE')
      AND NOT EXISTS (SELECT 1 FROM "OutcomeUpdate" k
                      WHERE k."correctsId" = o.id AND k."publishedAt" IS NOT NULL)
    GROUP BY o."claimId")`;

/**
 * CTEs `published_claims`, `resolution` (per claim, `occurred_at`: the date it was first
 * settled, as lib/outcomes/current-outcome.ts `findResolvedOn` reads it publicly), `resolved`
 * (claims whose approved outcome is HELD or NOT_HELD, with `o` 1 or 0 and `resolved_on`) and
 * `scored` (each analyst's latest forecast on time per claim: `p` as a fraction, `brier`,
 * `tw_brier` the time-weighted variant, `bin`, `confidence`, and `claim_median`, the median
 * Brier score of every analyst on that claim). `resolvedFrom` limits claims by `resolved_on`.
 */
export function scoredForecastsSql(filter: ClaimFilter, resolvedFrom: Date | null): Prisma.Sql {
  const since = resolvedFrom
    ? Prisma.sql`AND res.occurred_at >= ${resolvedFrom}::date`
    : Prisma.empty;
  return Prisma.sql`${PUBLISHED_CLAIMS},
  ${RESOLUTION},
  resolved AS (
    SELECT c.id, c.kind, c.claimant_id, c.resolve_by, res.occurred_at AS resolved_on,
           CASE WHEN c.outcome = 'HELD' THEN 1 ELSE 0 END AS o
    FROM published_claims c JOIN resolution res ON res.claim_id = c.id
    WHERE c.outcome IN ('HELD', 'NOT_HELD') AND ${claimFilterSql(filter)} ${since}),
  on_time AS (
    SELECT f.id, f."claimId" AS claim_id, f."authorId" AS author_id, f.probability,
           f.confidence, f."createdAt" AS created_at, r.o,
           (LEAST(r.resolve_by, r.resolved_on) + 1)::timestamp AS closes_at
    FROM "Forecast" f JOIN resolved r ON r.id = f."claimId"
    WHERE NOT ${madeAfterTheFact(Prisma.sql`f."createdAt"`, Prisma.sql`r.resolve_by`, Prisma.sql`r.resolved_on`)}),
  stood AS (
    SELECT claim_id, author_id, probability, confidence, o,
           LEAD(created_at) OVER w IS NULL AS latest,
           EXTRACT(EPOCH FROM LEAST(LEAD(created_at) OVER w, closes_at) - created_at)::float8 AS seconds
    FROM on_time WINDOW w AS (PARTITION BY claim_id, author_id ORDER BY created_at, id)),
  pairs AS (
    SELECT claim_id, author_id, o, probability, confidence, tw_brier FROM (
      SELECT *, SUM(seconds * (probability / 100.0 - o) ^ 2) OVER p
                / NULLIF(SUM(seconds) OVER p, 0) AS tw_brier
      FROM stood WINDOW p AS (PARTITION BY claim_id, author_id)) weighted
    WHERE latest),
  medians AS (
    SELECT claim_id,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY (probability / 100.0 - o) ^ 2) AS claim_median
    FROM pairs GROUP BY claim_id),
  scored AS (
    SELECT p.claim_id, p.author_id, p.o, p.confidence, p.probability / 100.0 AS p,
           (p.probability / 100.0 - p.o) ^ 2 AS brier, p.tw_brier, m.claim_median,
           ${BIN_OF_PROBABILITY} AS bin
    FROM pairs p JOIN medians m USING (claim_id))`;
}
