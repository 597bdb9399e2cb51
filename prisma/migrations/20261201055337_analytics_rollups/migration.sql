-- Rollups the analytics read instead of the per-row tables of 20261201024342_analytics_scores,
-- so a page sums a few thousand rows whatever the number of forecasts and claims:
--   "ForecastRollup"  sums of "ScoredForecast" per (topic, analyst, 10 % bin, claim kind,
--                     analytic confidence): count, Σ probability, held, Σ Brier, Σ relative
--                     Brier, Σ time-weighted Brier. Brier sums are kept as exact integers
--                     (Brier × 10,000 and relative Brier × 20,000: a probability is a whole
--                     percent, a median the mean of at most two scores) and the time-weighted
--                     one as numeric, so adding and removing rows leaves no rounding behind.
--   "ClaimRollup"     counts of "AnalyticsClaim" per (topic, facet, key, kind, outcome), the
--                     facets being the month made, each reliability grade, credibility grade
--                     and outlet cited, and the claimant; with the claims the team forecast
--                     and the sum of their mean Brier scores (speakers as they performed).
-- Each row is counted once under the all-topics key (ALL_TOPICS below) and once under each of
-- its claim's topics, which both tables now carry ("topicIds", the approved revision's).
--
-- Kept in the same transaction as every write by statement-level triggers on the two tables,
-- whatever changed them (the refresh function, a cascade). A trigger appends signed delta
-- rows, which never wait for or conflict with another writer, then compacts the cells that
-- have deltas into one row each, if no other transaction is compacting (a transaction-level
-- advisory lock taken with try: writers never queue behind it and it cannot deadlock; deltas
-- left by a busy moment are folded by the next compaction). Readers sum a cell's rows, so
-- the figures are exact between compactions too.
-- test/data/analytics-rollups.test.ts checks both rollups equal a direct aggregation of the
-- rows after every kind of write.

-- The key under which a row counts for every topic.
CREATE FUNCTION "claimwatch_all_topics"() RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN '00000000-0000-0000-0000-000000000000'::uuid;

-- Filled below, then always written by the refresh function (no default).
ALTER TABLE "AnalyticsClaim" ADD COLUMN "topicIds" UUID[] NOT NULL DEFAULT '{}';
ALTER TABLE "ScoredForecast" ADD COLUMN "topicIds" UUID[] NOT NULL DEFAULT '{}';
ALTER TABLE "AnalyticsClaim" ALTER COLUMN "topicIds" DROP DEFAULT;
ALTER TABLE "ScoredForecast" ALTER COLUMN "topicIds" DROP DEFAULT;

-- CreateTable
CREATE TABLE "ForecastRollup" (
    "id" BIGSERIAL NOT NULL,
    "topicId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "bin" INTEGER NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "confidence" "AnalyticConfidence",
    "n" INTEGER NOT NULL,
    "probabilitySum" BIGINT NOT NULL,
    "held" INTEGER NOT NULL,
    "brierSum" BIGINT NOT NULL,
    "relativeSum" BIGINT NOT NULL,
    "timeWeightedSum" DECIMAL(65,30) NOT NULL,
    "timeWeightedCount" INTEGER NOT NULL,
    "compacted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ForecastRollup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimRollup" (
    "id" BIGSERIAL NOT NULL,
    "topicId" UUID NOT NULL,
    "facet" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "outcome" "OutcomeStatus" NOT NULL,
    "n" INTEGER NOT NULL,
    "forecastClaims" INTEGER NOT NULL,
    "teamBrierSum" DECIMAL(65,30) NOT NULL,
    "compacted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ClaimRollup_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ForecastRollup_topicId_kind_idx" ON "ForecastRollup"("topicId", "kind");
CREATE INDEX "ForecastRollup_compacted_idx" ON "ForecastRollup"("compacted");
CREATE INDEX "ClaimRollup_facet_topicId_key_idx" ON "ClaimRollup"("facet", "topicId", "key");
CREATE INDEX "ClaimRollup_compacted_idx" ON "ClaimRollup"("compacted");

-- The cells of "ScoredForecast" rows, signed: `changes` is a query with a `sign` column and
-- the table's columns. Shared by the trigger (deltas) and the first fill below.
CREATE FUNCTION "claimwatch_forecast_rollup_sql"(changes text, compacted boolean) RETURNS text
LANGUAGE sql IMMUTABLE
RETURN format($q$
  INSERT INTO "ForecastRollup" ("topicId", "authorId", "bin", "kind", "confidence", "n",
    "probabilitySum", "held", "brierSum", "relativeSum", "timeWeightedSum",
    "timeWeightedCount", "compacted")
  SELECT t."topicId", c."authorId", c."bin", c."kind", c."confidence", SUM(c.sign)::int,
         SUM(c.sign * c."probability"), SUM(c.sign * c."outcome")::int,
         SUM(c.sign * (c."probability" - 100 * c."outcome") * (c."probability" - 100 * c."outcome")),
         SUM(c.sign * round(c."relativeBrier" * 20000)::bigint),
         COALESCE(SUM(c.sign * c."timeWeightedBrier"::numeric), 0),
         SUM(c.sign * (c."timeWeightedBrier" IS NOT NULL)::int)::int, %L
  FROM (%s) c CROSS JOIN LATERAL unnest(c."topicIds" || "claimwatch_all_topics"()) t("topicId")
  GROUP BY 1, 2, 3, 4, 5
  HAVING SUM(c.sign) <> 0 OR SUM(c.sign * round(c."relativeBrier" * 20000)::bigint) <> 0
      OR SUM(c.sign * c."timeWeightedBrier"::numeric) <> 0$q$, compacted, changes);

CREATE FUNCTION "claimwatch_claim_rollup_sql"(changes text, compacted boolean) RETURNS text
LANGUAGE sql IMMUTABLE
RETURN format($q$
  INSERT INTO "ClaimRollup" ("topicId", "facet", "key", "kind", "outcome", "n",
    "forecastClaims", "teamBrierSum", "compacted")
  SELECT t."topicId", f.facet, f.key, c."kind", c."outcome", SUM(c.sign)::int,
         SUM(c.sign * (c."teamBrier" IS NOT NULL)::int)::int,
         COALESCE(SUM(c.sign * c."teamBrier"::numeric), 0), %L
  FROM (%s) c
  CROSS JOIN LATERAL (
    SELECT 'month', to_char(c."madeAt", 'YYYY-MM')
    UNION ALL SELECT 'claimant', c."claimantId"::text
    UNION ALL SELECT 'reliability', r FROM unnest(c."reliabilities") r
    UNION ALL SELECT 'credibility', r FROM unnest(c."credibilities") r
    UNION ALL SELECT 'outlet', r FROM unnest(c."outlets") r) f(facet, key)
  CROSS JOIN LATERAL unnest(c."topicIds" || "claimwatch_all_topics"()) t("topicId")
  GROUP BY 1, 2, 3, 4, 5
  HAVING SUM(c.sign) <> 0 OR SUM(c.sign * c."teamBrier"::numeric) <> 0$q$, compacted, changes);

-- Folds every cell that has delta rows into one compacted row (none when its count is 0).
-- Only one transaction compacts at a time; the others leave their deltas for the next.
CREATE FUNCTION "claimwatch_compact_rollups"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('claimwatch_analytics_rollups')) THEN RETURN; END IF;
  WITH touched AS (
    SELECT DISTINCT "topicId", "authorId", "bin", "kind", "confidence"
    FROM "ForecastRollup" WHERE NOT "compacted"),
  gone AS (
    DELETE FROM "ForecastRollup" r USING touched t
    WHERE r."topicId" = t."topicId" AND r."authorId" = t."authorId" AND r."bin" = t."bin"
      AND r."kind" = t."kind" AND r."confidence" IS NOT DISTINCT FROM t."confidence"
    RETURNING r.*)
  INSERT INTO "ForecastRollup" ("topicId", "authorId", "bin", "kind", "confidence", "n",
    "probabilitySum", "held", "brierSum", "relativeSum", "timeWeightedSum",
    "timeWeightedCount", "compacted")
  SELECT "topicId", "authorId", "bin", "kind", "confidence", SUM("n"), SUM("probabilitySum"),
         SUM("held"), SUM("brierSum"), SUM("relativeSum"), SUM("timeWeightedSum"),
         SUM("timeWeightedCount"), true
  FROM gone GROUP BY 1, 2, 3, 4, 5 HAVING SUM("n") <> 0;

  WITH touched AS (
    SELECT DISTINCT "topicId", "facet", "key", "kind", "outcome"
    FROM "ClaimRollup" WHERE NOT "compacted"),
  gone AS (
    DELETE FROM "ClaimRollup" r USING touched t
    WHERE r."topicId" = t."topicId" AND r."facet" = t."facet" AND r."key" = t."key"
      AND r."kind" = t."kind" AND r."outcome" = t."outcome"
    RETURNING r.*)
  INSERT INTO "ClaimRollup" ("topicId", "facet", "key", "kind", "outcome", "n",
    "forecastClaims", "teamBrierSum", "compacted")
  SELECT "topicId", "facet", "key", "kind", "outcome", SUM("n"), SUM("forecastClaims"),
         SUM("teamBrierSum"), true
  FROM gone GROUP BY 1, 2, 3, 4, 5 HAVING SUM("n") <> 0;
END $$;

-- The signed rows a statement changed, from its transition tables.
CREATE FUNCTION "claimwatch_changes_sql"(op text) RETURNS text LANGUAGE sql IMMUTABLE
RETURN CASE op
  WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
  WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
  ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows' END;

CREATE FUNCTION "claimwatch_forecast_rollup_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE "claimwatch_forecast_rollup_sql"("claimwatch_changes_sql"(TG_OP), false);
  PERFORM "claimwatch_compact_rollups"();
  RETURN NULL;
END $$;

CREATE FUNCTION "claimwatch_claim_rollup_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE "claimwatch_claim_rollup_sql"("claimwatch_changes_sql"(TG_OP), false);
  PERFORM "claimwatch_compact_rollups"();
  RETURN NULL;
END $$;

-- The refresh of 20261201024342_analytics_scores, now also carrying each claim's topics (its
-- approved revision's) on both tables, and deleting the scored rows in one statement of its
-- own rather than by cascade (one trigger call, not one per claim).
CREATE OR REPLACE FUNCTION "claimwatch_refresh_analytics"(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(ids) = 0 THEN RETURN; END IF;
  ids := ARRAY(SELECT DISTINCT k FROM unnest(ids) k ORDER BY k);
  PERFORM 1 FROM unnest(ids) k("id") JOIN "Claim" c ON c."id" = k."id"
  ORDER BY c."id" FOR NO KEY UPDATE OF c;
  DELETE FROM "ScoredForecast" s USING unnest(ids) k("id") WHERE s."claimId" = k."id";
  DELETE FROM "AnalyticsClaim" a USING unnest(ids) k("id") WHERE a."claimId" = k."id";

  INSERT INTO "AnalyticsClaim" ("claimId", "revisionId", "kind", "claimantId", "madeAt",
                                "resolveBy", "outcome", "resolvedOn", "reliabilities",
                                "credibilities", "outlets", "topicIds")
  SELECT c."id", c."publishedRevisionId", r."kind", r."claimantId", r."madeAt", r."resolveBy",
         c."publicOutcomeStatus",
         (SELECT min(o."occurredAt") FROM "OutcomeUpdate" o
          WHERE o."claimId" = c."id" AND o."publishedAt" IS NOT NULL
            AND o."status" IN ('HELD', 'PARTIALLY_HELD', 'NOT_HELD', 'UNRESOLVABLE')
            AND NOT EXISTS (SELECT 1 FROM "OutcomeUpdate" k
                            WHERE k."correctsId" = o."id" AND k."publishedAt" IS NOT NULL)),
         ARRAY(SELECT DISTINCT s."reliability"::text FROM "Citation" ci
               JOIN "Source" s ON s."id" = ci."sourceId"
               WHERE ci."claimId" = c."id" AND ci."publishedAt" IS NOT NULL
                 AND ci."retiredAt" IS NULL ORDER BY 1),
         ARRAY(SELECT DISTINCT ci."credibility"::text FROM "Citation" ci
               WHERE ci."claimId" = c."id" AND ci."publishedAt" IS NOT NULL
                 AND ci."retiredAt" IS NULL ORDER BY 1),
         ARRAY(SELECT DISTINCT btrim(s."outlet") FROM "Citation" ci
               JOIN "Source" s ON s."id" = ci."sourceId"
               WHERE ci."claimId" = c."id" AND ci."publishedAt" IS NOT NULL
                 AND ci."retiredAt" IS NULL AND btrim(s."outlet") <> '' ORDER BY 1),
         ARRAY(SELECT DISTINCT rt."topicId" FROM "RevisionTopic" rt
               WHERE rt."revisionId" = c."publishedRevisionId" ORDER BY 1)
  FROM unnest(ids) k("id") JOIN "Claim" c ON c."id" = k."id"
  JOIN "ClaimRevision" r ON r."id" = c."publishedRevisionId"
  WHERE c."editorialStatus" <> 'RETRACTED';

  INSERT INTO "ScoredForecast" ("claimId", "authorId", "outcome", "probability", "confidence",
                                "brier", "timeWeightedBrier", "relativeBrier", "bin", "kind",
                                "resolvedOn", "topicIds")
  WITH resolved AS (
    SELECT a."claimId", a."kind", a."resolveBy", a."resolvedOn", a."topicIds",
           CASE WHEN a."outcome" = 'HELD' THEN 1 ELSE 0 END AS o
    FROM unnest(ids) k("id") JOIN "AnalyticsClaim" a ON a."claimId" = k."id"
    WHERE a."outcome" IN ('HELD', 'NOT_HELD')
      AND a."resolvedOn" IS NOT NULL),
  on_time AS (
    SELECT f."id", f."claimId", f."authorId", f."probability", f."confidence",
           f."createdAt", r.o, r."kind", r."resolvedOn", r."topicIds",
           (LEAST(r."resolveBy", r."resolvedOn") + 1)::timestamp AS closes_at
    FROM "Forecast" f JOIN resolved r ON r."claimId" = f."claimId"
    WHERE NOT "claimwatch_made_after_the_fact"(f."createdAt", r."resolveBy", r."resolvedOn")),
  stood AS (
    SELECT *, LEAD("createdAt") OVER w IS NULL AS latest,
           EXTRACT(EPOCH FROM LEAST(LEAD("createdAt") OVER w, closes_at) - "createdAt")::float8 AS seconds
    FROM on_time WINDOW w AS (PARTITION BY "claimId", "authorId" ORDER BY "createdAt", "id")),
  pairs AS (
    SELECT * FROM (
      SELECT *, (SUM(seconds * ("probability" / 100.0 - o) ^ 2) OVER p
                 / NULLIF(SUM(seconds) OVER p, 0))::float8 AS tw_brier
      FROM stood WINDOW p AS (PARTITION BY "claimId", "authorId")) weighted
    WHERE latest),
  scored AS (
    SELECT *, (("probability" / 100.0 - o) ^ 2)::float8 AS brier FROM pairs),
  medians AS (
    SELECT "claimId", percentile_cont(0.5) WITHIN GROUP (ORDER BY brier) AS claim_median
    FROM scored GROUP BY "claimId")
  SELECT s."claimId", s."authorId", s.o, s."probability", s."confidence", s.brier, s.tw_brier,
         s.brier - m.claim_median, LEAST(9, s."probability" / 10), s."kind", s."resolvedOn",
         s."topicIds"
  FROM scored s JOIN medians m ON m."claimId" = s."claimId";

  UPDATE "AnalyticsClaim" a SET "teamBrier" = t.mean
  FROM (SELECT sf."claimId", avg(sf."brier") AS mean
        FROM unnest(ids) k("id") JOIN "ScoredForecast" sf ON sf."claimId" = k."id"
        GROUP BY sf."claimId") t
  WHERE a."claimId" = t."claimId";
END $$;

-- A published revision's topics are written with it, but a bulk load may add them after the
-- claim is published.
CREATE FUNCTION "claimwatch_analytics_topics_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'SELECT "claimwatch_refresh_analytics"(ARRAY(SELECT DISTINCT a."claimId" FROM (%s) c
       JOIN "AnalyticsClaim" a ON a."revisionId" = c."revisionId"))',
    "claimwatch_changes_sql"(TG_OP));
  RETURN NULL;
END $$;

-- Fill: topics on the existing rows, then both rollups compacted, before the triggers.
UPDATE "AnalyticsClaim" a SET "topicIds" = ARRAY(
  SELECT DISTINCT rt."topicId" FROM "RevisionTopic" rt WHERE rt."revisionId" = a."revisionId"
  ORDER BY 1);
UPDATE "ScoredForecast" s SET "topicIds" = a."topicIds"
FROM "AnalyticsClaim" a WHERE a."claimId" = s."claimId" AND a."topicIds" <> '{}';
DO $$ BEGIN
  EXECUTE "claimwatch_forecast_rollup_sql"('SELECT 1 AS sign, * FROM "ScoredForecast"', true);
  EXECUTE "claimwatch_claim_rollup_sql"('SELECT 1 AS sign, * FROM "AnalyticsClaim"', true);
END $$;

-- Transition tables allow one event per trigger.
CREATE TRIGGER "ScoredForecast_rollup_insert" AFTER INSERT ON "ScoredForecast"
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_forecast_rollup_changed"();
CREATE TRIGGER "ScoredForecast_rollup_update" AFTER UPDATE ON "ScoredForecast"
REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_forecast_rollup_changed"();
CREATE TRIGGER "ScoredForecast_rollup_delete" AFTER DELETE ON "ScoredForecast"
REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_forecast_rollup_changed"();

CREATE TRIGGER "AnalyticsClaim_rollup_insert" AFTER INSERT ON "AnalyticsClaim"
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_claim_rollup_changed"();
CREATE TRIGGER "AnalyticsClaim_rollup_update" AFTER UPDATE ON "AnalyticsClaim"
REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_claim_rollup_changed"();
CREATE TRIGGER "AnalyticsClaim_rollup_delete" AFTER DELETE ON "AnalyticsClaim"
REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_claim_rollup_changed"();

CREATE TRIGGER "RevisionTopic_analytics_insert" AFTER INSERT ON "RevisionTopic"
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_topics_changed"();
CREATE TRIGGER "RevisionTopic_analytics_update" AFTER UPDATE ON "RevisionTopic"
REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_topics_changed"();
CREATE TRIGGER "RevisionTopic_analytics_delete" AFTER DELETE ON "RevisionTopic"
REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_topics_changed"();
