-- Analytics read pre-scored rows instead of re-deriving every scored forecast on each request.
-- Two tables, kept current by the database whatever writes their inputs (as the search
-- documents are), in the same transaction as the write:
--   "AnalyticsClaim"  one row per claim the analytics cover (a published revision, not
--                     retracted): that revision's kind, claimant, dates, the approved outcome
--                     and the date it was first settled (public reading), the mean Brier
--                     score of its scored forecasts, and the distinct reliability grades,
--                     credibility grades and outlets of its approved citations' sources;
--   "ScoredForecast"  one row per (claim, analyst) that is scored: the claim's approved outcome
--                     is HELD or NOT_HELD and the analyst made a forecast on it that was not
--                     made after the fact. It holds the latest such forecast's probability,
--                     confidence, Brier score and bin, the time-weighted Brier score over all
--                     their on-time forecasts, and the Brier score minus the claim's median.
-- The rules are lib/forecasts/after-the-fact.ts and lib/analytics/rules.ts;
-- test/data/analytics-maintained.test.ts checks the rows equal a fresh derivation after
-- every kind of write.

-- "Made after the fact" (lib/forecasts/after-the-fact.ts states the rule): the forecast's
-- UTC date is after the resolve-by date or after the date the claim was first settled. A
-- missing date gives no reason.
CREATE FUNCTION "claimwatch_made_after_the_fact"(created_at timestamp, resolve_by date, resolved_on date)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN COALESCE(created_at::date > resolve_by OR created_at::date > resolved_on, false);

-- CreateTable
CREATE TABLE "AnalyticsClaim" (
    "claimId" UUID NOT NULL,
    "revisionId" UUID NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "claimantId" UUID NOT NULL,
    "madeAt" DATE NOT NULL,
    "resolveBy" DATE,
    "outcome" "OutcomeStatus" NOT NULL,
    "resolvedOn" DATE,
    "teamBrier" DOUBLE PRECISION,
    "reliabilities" TEXT[] NOT NULL,
    "credibilities" TEXT[] NOT NULL,
    "outlets" TEXT[] NOT NULL,

    CONSTRAINT "AnalyticsClaim_pkey" PRIMARY KEY ("claimId")
);

-- CreateTable
CREATE TABLE "ScoredForecast" (
    "claimId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "outcome" INTEGER NOT NULL,
    "probability" INTEGER NOT NULL,
    "confidence" "AnalyticConfidence",
    "brier" DOUBLE PRECISION NOT NULL,
    "timeWeightedBrier" DOUBLE PRECISION,
    "relativeBrier" DOUBLE PRECISION NOT NULL,
    "bin" INTEGER NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "resolvedOn" DATE NOT NULL,

    CONSTRAINT "ScoredForecast_pkey" PRIMARY KEY ("claimId","authorId")
);

-- Corrections are looked up by the entry they correct (the first-settled date above).
CREATE INDEX "OutcomeUpdate_correctsId_idx" ON "OutcomeUpdate"("correctsId");
CREATE INDEX "AnalyticsClaim_claimantId_idx" ON "AnalyticsClaim"("claimantId");
CREATE INDEX "AnalyticsClaim_revisionId_idx" ON "AnalyticsClaim"("revisionId");
CREATE INDEX "AnalyticsClaim_madeAt_idx" ON "AnalyticsClaim"("madeAt");
CREATE INDEX "AnalyticsClaim_outcome_kind_idx" ON "AnalyticsClaim"("outcome", "kind");
CREATE INDEX "ScoredForecast_authorId_idx" ON "ScoredForecast"("authorId");
CREATE INDEX "ScoredForecast_resolvedOn_idx" ON "ScoredForecast"("resolvedOn");
CREATE INDEX "ScoredForecast_kind_idx" ON "ScoredForecast"("kind");

ALTER TABLE "AnalyticsClaim" ADD CONSTRAINT "AnalyticsClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ScoredForecast" ADD CONSTRAINT "ScoredForecast_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "AnalyticsClaim"("claimId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ScoredForecast" ADD CONSTRAINT "ScoredForecast_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes both tables' rows for the given claims from the records. Set-based, so one call
-- serves one forecast and a bulk load alike. Changes to one claim's analytics run one after
-- another: the claim's row is locked first (FOR NO KEY UPDATE, which does not conflict with
-- the key-share lock a new forecast's foreign key takes), so a second writer waits, then
-- reads what the first committed.
CREATE FUNCTION "claimwatch_refresh_analytics"(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(ids) = 0 THEN RETURN; END IF;
  -- Joined, not `= ANY (ids)`: a bulk load passes 100k ids, which a join hashes.
  ids := ARRAY(SELECT DISTINCT k FROM unnest(ids) k ORDER BY k);
  PERFORM 1 FROM unnest(ids) k("id") JOIN "Claim" c ON c."id" = k."id"
  ORDER BY c."id" FOR NO KEY UPDATE OF c;
  DELETE FROM "AnalyticsClaim" a USING unnest(ids) k("id") WHERE a."claimId" = k."id";

  -- The approved reading: the published revision, the approved outcome, and the date first
  -- settled, lib/outcomes/current-outcome.ts `findResolvedOn` in the public scope: the
  -- earliest approved entry with a resolved status that no approved entry corrects.
  INSERT INTO "AnalyticsClaim" ("claimId", "revisionId", "kind", "claimantId", "madeAt",
                                "resolveBy", "outcome", "resolvedOn", "reliabilities",
                                "credibilities", "outlets")
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
                 AND ci."retiredAt" IS NULL AND btrim(s."outlet") <> '' ORDER BY 1)
  FROM unnest(ids) k("id") JOIN "Claim" c ON c."id" = k."id"
  JOIN "ClaimRevision" r ON r."id" = c."publishedRevisionId"
  WHERE c."editorialStatus" <> 'RETRACTED';

  -- Each analyst's on-time forecasts on each HELD/NOT_HELD claim; the latest counts, and the
  -- time-weighted variant weights each by how long it stood (until the analyst's next
  -- forecast or the claim's close: the day after the earlier of resolve-by and settled).
  INSERT INTO "ScoredForecast" ("claimId", "authorId", "outcome", "probability", "confidence",
                                "brier", "timeWeightedBrier", "relativeBrier", "bin", "kind",
                                "resolvedOn")
  WITH resolved AS (
    SELECT a."claimId", a."kind", a."resolveBy", a."resolvedOn",
           CASE WHEN a."outcome" = 'HELD' THEN 1 ELSE 0 END AS o
    FROM unnest(ids) k("id") JOIN "AnalyticsClaim" a ON a."claimId" = k."id"
    WHERE a."outcome" IN ('HELD', 'NOT_HELD')
      AND a."resolvedOn" IS NOT NULL),
  on_time AS (
    SELECT f."id", f."claimId", f."authorId", f."probability", f."confidence",
           f."createdAt", r.o, r."kind", r."resolvedOn",
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
         s.brier - m.claim_median, LEAST(9, s."probability" / 10), s."kind", s."resolvedOn"
  FROM scored s JOIN medians m ON m."claimId" = s."claimId";

  UPDATE "AnalyticsClaim" a SET "teamBrier" = t.mean
  FROM (SELECT sf."claimId", avg(sf."brier") AS mean
        FROM unnest(ids) k("id") JOIN "ScoredForecast" sf ON sf."claimId" = k."id"
        GROUP BY sf."claimId") t
  WHERE a."claimId" = t."claimId";
END $$;

-- Which claims a statement touched, from its transition tables.
CREATE FUNCTION "claimwatch_analytics_rows_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "claimwatch_refresh_analytics"(ARRAY(SELECT DISTINCT "claimId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "claimwatch_refresh_analytics"(ARRAY(SELECT DISTINCT "claimId" FROM old_rows));
  ELSE
    PERFORM "claimwatch_refresh_analytics"(ARRAY(
      SELECT "claimId" FROM new_rows UNION SELECT "claimId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- A claim counts from its publication, changes with its published revision or approved
-- outcome, and leaves when retracted (or deleted: the foreign keys cascade).
CREATE FUNCTION "claimwatch_analytics_claims_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "claimwatch_refresh_analytics"(ARRAY(
      SELECT "id" FROM new_rows WHERE "publishedRevisionId" IS NOT NULL));
  ELSE
    PERFORM "claimwatch_refresh_analytics"(ARRAY(
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (n."publishedRevisionId", n."editorialStatus", n."publicOutcomeStatus")
            IS DISTINCT FROM (o."publishedRevisionId", o."editorialStatus", o."publicOutcomeStatus")));
  END IF;
  RETURN NULL;
END $$;

-- A source's grade or outlet counts for every claim citing it.
CREATE FUNCTION "claimwatch_analytics_sources_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "claimwatch_refresh_analytics"(ARRAY(
    SELECT DISTINCT ci."claimId" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    JOIN "Citation" ci ON ci."sourceId" = n."id"
    WHERE (n."reliability", n."outlet") IS DISTINCT FROM (o."reliability", o."outlet")));
  RETURN NULL;
END $$;

-- Revisions are written once, but merging actors moves their claimant.
CREATE FUNCTION "claimwatch_analytics_revisions_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "claimwatch_refresh_analytics"(ARRAY(
    SELECT DISTINCT a."claimId" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    JOIN "AnalyticsClaim" a ON a."revisionId" = n."id"
    WHERE (n."kind", n."claimantId", n."madeAt", n."resolveBy")
          IS DISTINCT FROM (o."kind", o."claimantId", o."madeAt", o."resolveBy")));
  RETURN NULL;
END $$;

-- Transition tables allow one event per trigger.
CREATE TRIGGER "Forecast_analytics_insert" AFTER INSERT ON "Forecast"
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_rows_changed"();
CREATE TRIGGER "Forecast_analytics_update" AFTER UPDATE ON "Forecast"
REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_rows_changed"();
CREATE TRIGGER "Forecast_analytics_delete" AFTER DELETE ON "Forecast"
REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_rows_changed"();

CREATE TRIGGER "OutcomeUpdate_analytics_insert" AFTER INSERT ON "OutcomeUpdate"
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_rows_changed"();
CREATE TRIGGER "OutcomeUpdate_analytics_update" AFTER UPDATE ON "OutcomeUpdate"
REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_rows_changed"();
CREATE TRIGGER "OutcomeUpdate_analytics_delete" AFTER DELETE ON "OutcomeUpdate"
REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_rows_changed"();

CREATE TRIGGER "Citation_analytics_insert" AFTER INSERT ON "Citation"
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_rows_changed"();
CREATE TRIGGER "Citation_analytics_update" AFTER UPDATE ON "Citation"
REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_rows_changed"();
CREATE TRIGGER "Citation_analytics_delete" AFTER DELETE ON "Citation"
REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_rows_changed"();

CREATE TRIGGER "Source_analytics_update" AFTER UPDATE ON "Source"
REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_sources_changed"();

CREATE TRIGGER "Claim_analytics_insert" AFTER INSERT ON "Claim"
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_claims_changed"();
CREATE TRIGGER "Claim_analytics_update" AFTER UPDATE ON "Claim"
REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_claims_changed"();

CREATE TRIGGER "ClaimRevision_analytics_update" AFTER UPDATE ON "ClaimRevision"
REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_analytics_revisions_changed"();

-- The rows of the claims that exist already.
SELECT "claimwatch_refresh_analytics"(ARRAY(
  SELECT "id" FROM "Claim" WHERE "publishedRevisionId" IS NOT NULL));
