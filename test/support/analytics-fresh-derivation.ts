// The scored forecasts derived afresh from the records, with no help from the maintained
// tables ("AnalyticsClaim", "ScoredForecast", migration 20261201024342_analytics_scores):
// the reference the maintained rows must equal (test/data/analytics-maintained.test.ts).
// It states the rules again, independently, in one query: published, non-retracted claims by
// their approved revision; the date first settled (earliest approved resolved entry no
// approved entry corrects); forecasts made after the fact left out (the rule of
// lib/forecasts/after-the-fact.ts, inline); each analyst's latest on-time forecast per claim,
// the time-weighted variant, and the claim's median Brier score.
import { Prisma } from "@/lib/generated/prisma/client";

/** CTE `published_claims`: every claim the analytics cover, as its approved revision says. */
export const PUBLISHED_CLAIMS = Prisma.sql`published_claims AS (
  SELECT c.id, c."publishedRevisionId" AS revision_id, c."publicOutcomeStatus" AS outcome,
         r.kind, r."claimantId" AS claimant_id, r."madeAt" AS made_at, r."resolveBy" AS resolve_by
  FROM "Claim" c JOIN "ClaimRevision" r ON r.id = c."publishedRevisionId"
  WHERE c."editorialStatus" <> 'RETRACTED')`;

/** CTE `resolution`: per claim, `occurred_at`, the date it was first settled (public reading). */
export const RESOLUTION = Prisma.sql`resolution AS (
    SELECT o."claimId" AS claim_id, MIN(o."occurredAt") AS occurred_at
    FROM "OutcomeUpdate" o
    WHERE o."publishedAt" IS NOT NULL
      AND o.status IN ('HELD', 'PARTIALLY_HELD', 'NOT_HELD', 'UNRESOLVABLE')
      AND NOT EXISTS (SELECT 1 FROM "OutcomeUpdate" k
                      WHERE k."correctsId" = o.id AND k."publishedAt" IS NOT NULL)
    GROUP BY o."claimId")`;

export interface FreshClaim {
  claimId: string;
  revisionId: string;
  kind: string;
  claimantId: string;
  madeAt: string;
  resolveBy: string | null;
  outcome: string;
  resolvedOn: string | null;
}

export interface FreshScore {
  claimId: string;
  authorId: string;
  outcome: number;
  probability: number;
  confidence: string | null;
  brier: number;
  timeWeightedBrier: number | null;
  relativeBrier: number;
  bin: number;
  kind: string;
  resolvedOn: string;
}

/** What "AnalyticsClaim" must hold, sorted by claim (`teamBrier` from FRESH_SCORES). */
export const FRESH_CLAIMS = Prisma.sql`
  WITH ${PUBLISHED_CLAIMS}, ${RESOLUTION},
  cited AS (
    SELECT ci."claimId" AS claim_id, s.reliability::text AS reliability,
           ci.credibility::text AS credibility, NULLIF(btrim(s.outlet), '') AS outlet
    FROM "Citation" ci JOIN "Source" s ON s.id = ci."sourceId"
    WHERE ci."publishedAt" IS NOT NULL AND ci."retiredAt" IS NULL)
  SELECT c.id::text AS "claimId", c.revision_id::text AS "revisionId", c.kind::text AS kind,
         c.claimant_id::text AS "claimantId", c.made_at::text AS "madeAt",
         c.resolve_by::text AS "resolveBy", c.outcome::text AS outcome,
         res.occurred_at::text AS "resolvedOn",
         ARRAY(SELECT DISTINCT reliability FROM cited WHERE claim_id = c.id ORDER BY 1) AS reliabilities,
         ARRAY(SELECT DISTINCT credibility FROM cited WHERE claim_id = c.id ORDER BY 1) AS credibilities,
         ARRAY(SELECT DISTINCT outlet FROM cited WHERE claim_id = c.id AND outlet IS NOT NULL
               ORDER BY 1) AS outlets
  FROM published_claims c LEFT JOIN resolution res ON res.claim_id = c.id
  ORDER BY 1`;

/** What "ScoredForecast" must hold, sorted by claim and analyst. */
export const FRESH_SCORES = Prisma.sql`
  WITH ${PUBLISHED_CLAIMS}, ${RESOLUTION},
  resolved AS (
    SELECT c.id, c.kind, c.resolve_by, res.occurred_at AS resolved_on,
           CASE WHEN c.outcome = 'HELD' THEN 1 ELSE 0 END AS o
    FROM published_claims c JOIN resolution res ON res.claim_id = c.id
    WHERE c.outcome IN ('HELD', 'NOT_HELD')),
  on_time AS (
    SELECT f.id, f."claimId" AS claim_id, f."authorId" AS author_id, f.probability,
           f.confidence, f."createdAt" AS created_at, r.o, r.kind, r.resolved_on,
           (LEAST(r.resolve_by, r.resolved_on) + 1)::timestamp AS closes_at
    FROM "Forecast" f JOIN resolved r ON r.id = f."claimId"
    WHERE NOT COALESCE(f."createdAt"::date > r.resolve_by
                       OR f."createdAt"::date > r.resolved_on, false)),
  stood AS (
    SELECT claim_id, author_id, probability, confidence, o, kind, resolved_on,
           LEAD(created_at) OVER w IS NULL AS latest,
           EXTRACT(EPOCH FROM LEAST(LEAD(created_at) OVER w, closes_at) - created_at)::float8 AS seconds
    FROM on_time WINDOW w AS (PARTITION BY claim_id, author_id ORDER BY created_at, id)),
  pairs AS (
    SELECT * FROM (
      SELECT *, SUM(seconds * (probability / 100.0 - o) ^ 2) OVER p
                / NULLIF(SUM(seconds) OVER p, 0) AS tw_brier
      FROM stood WINDOW p AS (PARTITION BY claim_id, author_id)) weighted
    WHERE latest),
  medians AS (
    SELECT claim_id,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY (probability / 100.0 - o) ^ 2) AS claim_median
    FROM pairs GROUP BY claim_id)
  SELECT p.claim_id::text AS "claimId", p.author_id::text AS "authorId", p.o AS outcome,
         p.probability, p.confidence::text AS confidence,
         ((p.probability / 100.0 - p.o) ^ 2)::float8 AS brier,
         p.tw_brier::float8 AS "timeWeightedBrier",
         ((p.probability / 100.0 - p.o) ^ 2 - m.claim_median)::float8 AS "relativeBrier",
         LEAST(9, p.probability / 10) AS bin, p.kind::text AS kind,
         p.resolved_on::text AS "resolvedOn"
  FROM pairs p JOIN medians m USING (claim_id)
  ORDER BY 1, 2`;

/** The same columns read from the maintained tables, in the same order. */
export const MAINTAINED_CLAIMS = Prisma.sql`
  SELECT "claimId"::text AS "claimId", "revisionId"::text AS "revisionId", kind::text AS kind,
         "claimantId"::text AS "claimantId", "madeAt"::text AS "madeAt",
         "resolveBy"::text AS "resolveBy", outcome::text AS outcome,
         "resolvedOn"::text AS "resolvedOn", reliabilities, credibilities, outlets
  FROM "AnalyticsClaim" ORDER BY 1`;

/** Each claim's maintained mean Brier score, for claims that have one. */
export const MAINTAINED_TEAM_BRIER = Prisma.sql`
  SELECT "claimId"::text AS "claimId", "teamBrier" FROM "AnalyticsClaim"
  WHERE "teamBrier" IS NOT NULL ORDER BY 1`;

export const MAINTAINED_SCORES = Prisma.sql`
  SELECT "claimId"::text AS "claimId", "authorId"::text AS "authorId", outcome, probability,
         confidence::text AS confidence, brier, "timeWeightedBrier", "relativeBrier", bin,
         kind::text AS kind, "resolvedOn"::text AS "resolvedOn"
  FROM "ScoredForecast" ORDER BY 1, 2`;
