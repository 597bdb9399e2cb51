// The rollups ("ForecastRollup", "ClaimRollup", migration 20261201055337_analytics_rollups)
// against a direct aggregation of the rows they roll up, cell by cell: each query returns how
// many cells the rollup misses or gets wrong, and how many it has that the rows do not, so 0
// and 0 means equal. Each runs as one statement, one snapshot, so it holds while other writes
// commit. Integer and numeric sums compare exactly.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

interface RollupDifference {
  missing: number;
  extra: number;
  /** Delta rows not yet folded into their cell. */
  deltas: number;
}

const FORECAST_ROLLUP_DIFFERENCE = Prisma.sql`
  WITH direct AS (
    SELECT t."topicId", s."authorId", s.bin, s.kind, s.confidence, count(*)::int AS n,
           sum(s.probability)::bigint AS p, sum(s.outcome)::int AS held,
           sum((s.probability - 100 * s.outcome) * (s.probability - 100 * s.outcome))::bigint AS b,
           sum(round(s."relativeBrier" * 20000))::bigint AS r,
           COALESCE(sum(s."timeWeightedBrier"::numeric), 0) AS tw,
           count(s."timeWeightedBrier")::int AS twn
    FROM "ScoredForecast" s, unnest(s."topicIds" || claimwatch_all_topics()) t("topicId")
    GROUP BY 1, 2, 3, 4, 5),
  rolled AS (
    SELECT "topicId", "authorId", bin, kind, confidence, sum(n)::int, sum("probabilitySum")::bigint,
           sum(held)::int, sum("brierSum")::bigint, sum("relativeSum")::bigint,
           sum("timeWeightedSum"), sum("timeWeightedCount")::int
    FROM "ForecastRollup" GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0)
  SELECT (SELECT count(*) FROM (TABLE direct EXCEPT TABLE rolled) x)::int AS missing,
         (SELECT count(*) FROM (TABLE rolled EXCEPT TABLE direct) y)::int AS extra,
         (SELECT count(*) FROM "ForecastRollup" WHERE NOT compacted)::int AS deltas`;

const CLAIM_ROLLUP_DIFFERENCE = Prisma.sql`
  WITH direct AS (
    SELECT t."topicId", f.facet, f.key, c.kind, c.outcome, count(*)::int AS n,
           count(c."teamBrier")::int AS fc, COALESCE(sum(c."teamBrier"::numeric), 0) AS tb
    FROM "AnalyticsClaim" c
    CROSS JOIN LATERAL (
      SELECT 'month', to_char(c."madeAt", 'YYYY-MM')
      UNION ALL SELECT 'claimant', c."claimantId"::text
      UNION ALL SELECT 'reliability', r FROM unnest(c.reliabilities) r
      UNION ALL SELECT 'credibility', r FROM unnest(c.credibilities) r
      UNION ALL SELECT 'outlet', r FROM unnest(c.outlets) r) f(facet, key)
    CROSS JOIN LATERAL unnest(c."topicIds" || claimwatch_all_topics()) t("topicId")
    GROUP BY 1, 2, 3, 4, 5),
  rolled AS (
    SELECT "topicId", facet, key, kind, outcome, sum(n)::int, sum("forecastClaims")::int,
           sum("teamBrierSum")
    FROM "ClaimRollup" GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0)
  SELECT (SELECT count(*) FROM (TABLE direct EXCEPT TABLE rolled) x)::int AS missing,
         (SELECT count(*) FROM (TABLE rolled EXCEPT TABLE direct) y)::int AS extra,
         (SELECT count(*) FROM "ClaimRollup" WHERE NOT compacted)::int AS deltas`;

/** Each claim's topics as its approved revision states them, against the maintained copies. */
const TOPIC_COPIES_DIFFERENCE = Prisma.sql`
  SELECT count(*)::int AS wrong FROM "AnalyticsClaim" a
  WHERE a."topicIds" IS DISTINCT FROM ARRAY(
          SELECT DISTINCT rt."topicId" FROM "RevisionTopic" rt
          WHERE rt."revisionId" = a."revisionId" ORDER BY 1)
     OR EXISTS (SELECT 1 FROM "ScoredForecast" s
                WHERE s."claimId" = a."claimId" AND s."topicIds" IS DISTINCT FROM a."topicIds")`;

/**
 * Both rollups equal their rows, each claim's topic copies equal its revision's, and, after
 * writes made one at a time, every delta row is folded (`compacted`).
 */
export async function expectRollupsEqualRows(options = { folded: true }) {
  const [forecasts] = await db.$queryRaw<RollupDifference[]>(FORECAST_ROLLUP_DIFFERENCE);
  const [claims] = await db.$queryRaw<RollupDifference[]>(CLAIM_ROLLUP_DIFFERENCE);
  const [topics] = await db.$queryRaw<{ wrong: number }[]>(TOPIC_COPIES_DIFFERENCE);
  for (const found of [forecasts, claims]) {
    const deltas = options.folded ? found?.deltas : 0;
    expect({ ...found, deltas }).toEqual({ missing: 0, extra: 0, deltas: 0 });
  }
  expect(topics).toEqual({ wrong: 0 });
}
