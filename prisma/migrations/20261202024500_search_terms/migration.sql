-- How many search documents hold each lexeme, per reading: "public" counts the revisions the
-- public sees (publicAt set), "internal" every working copy (Claim). The search reads these
-- counts before it touches a claim (lib/claims/search-plan.ts): a word no document holds
-- answers "no hits" at once; the count of a one-word search is its total; a rare text is
-- ranked from the GIN index, a common one listed by walking the date index. Kept exact by
-- the database whatever writes the documents (below).
CREATE TABLE "SearchTerm" (
  "reading" TEXT NOT NULL CHECK ("reading" IN ('public', 'internal')),
  "lexeme" TEXT NOT NULL,
  "documents" INTEGER NOT NULL,
  CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("reading", "lexeme")
);

-- Each statement that changes documents queues its net change per lexeme here (statement
-- triggers below, one row per statement); at commit a deferred trigger applies all of its
-- transaction's changes with one upsert (ON CONFLICT … DO UPDATE documents = documents + n)
-- in lexeme order, and deletes them. Concurrent writers so add up exactly, lock the counts
-- only while they commit, and cannot deadlock on them: each takes its count rows in one
-- sorted pass, holding none before. (Applied per statement instead, a transaction's second
-- statement would lock lexemes after its first had locked others: a deadlock with another
-- transaction doing the same in another order.)
CREATE TABLE "SearchTermChange" (
  "id" BIGSERIAL NOT NULL,
  "xact" BIGINT NOT NULL,
  "reading" TEXT NOT NULL,
  "lexemes" TEXT[] NOT NULL,
  "deltas" INTEGER[] NOT NULL,
  CONSTRAINT "SearchTermChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "SearchTermChange_xact_idx" ON "SearchTermChange" ("xact");

-- Queues +1 per document of `added` holding a lexeme and -1 per document of `removed` (each a
-- list of the documents' lexemes, one entry per document and lexeme), netted.
CREATE FUNCTION "claimwatch_queue_terms"(reading text, added text[], removed text[])
RETURNS void LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO "SearchTermChange" ("xact", "reading", "lexemes", "deltas")
  SELECT pg_current_xact_id()::text::bigint, reading,
    array_agg(d.lexeme ORDER BY d.lexeme), array_agg(d.n ORDER BY d.lexeme)
  FROM (
    SELECT x.lexeme, sum(x.n)::int AS n FROM (
      SELECT a.lexeme, 1 AS n FROM unnest(added) AS a(lexeme)
      UNION ALL
      SELECT r.lexeme, -1 FROM unnest(removed) AS r(lexeme)) x
    GROUP BY x.lexeme HAVING sum(x.n) <> 0) d
  HAVING count(*) > 0;
END;

CREATE FUNCTION "claimwatch_apply_terms"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The first firing in a transaction applies every change it queued; later ones find none.
  WITH mine AS (
    DELETE FROM "SearchTermChange" WHERE "xact" = pg_current_xact_id()::text::bigint
    RETURNING "reading", "lexemes", "deltas")
  INSERT INTO "SearchTerm" AS t ("reading", "lexeme", "documents")
  SELECT m."reading", c.lexeme, sum(c.n)::int
  FROM mine m, unnest(m."lexemes", m."deltas") AS c(lexeme, n)
  GROUP BY m."reading", c.lexeme HAVING sum(c.n) <> 0
  ORDER BY m."reading", c.lexeme
  ON CONFLICT ("reading", "lexeme") DO UPDATE SET "documents" = t."documents" + EXCLUDED."documents";
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "SearchTermChange_apply" AFTER INSERT ON "SearchTermChange"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimwatch_apply_terms"();

-- PL/pgSQL plans each statement when it first runs, so a branch naming a transition table
-- the event lacks is never planned.
CREATE FUNCTION "claimwatch_revision_terms"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added text[] := '{}';
  removed text[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN
    added := ARRAY(SELECT unnest(tsvector_to_array(n."search")) FROM new_rows n
                   WHERE n."publicAt" IS NOT NULL);
  END IF;
  IF TG_OP <> 'INSERT' THEN
    removed := ARRAY(SELECT unnest(tsvector_to_array(o."search")) FROM old_rows o
                     WHERE o."publicAt" IS NOT NULL);
  END IF;
  PERFORM "claimwatch_queue_terms"('public', added, removed);
  RETURN NULL;
END $$;

CREATE FUNCTION "claimwatch_claim_terms"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added text[] := '{}';
  removed text[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN
    added := ARRAY(SELECT unnest(tsvector_to_array(n."search")) FROM new_rows n);
  END IF;
  IF TG_OP <> 'INSERT' THEN
    removed := ARRAY(SELECT unnest(tsvector_to_array(o."search")) FROM old_rows o);
  END IF;
  PERFORM "claimwatch_queue_terms"('internal', added, removed);
  RETURN NULL;
END $$;

-- A trigger with transition tables takes one event.
CREATE TRIGGER "ClaimRevision_terms_insert" AFTER INSERT ON "ClaimRevision"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_revision_terms"();
CREATE TRIGGER "ClaimRevision_terms_update" AFTER UPDATE ON "ClaimRevision"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_revision_terms"();
CREATE TRIGGER "ClaimRevision_terms_delete" AFTER DELETE ON "ClaimRevision"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_revision_terms"();

CREATE TRIGGER "Claim_terms_insert" AFTER INSERT ON "Claim"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_claim_terms"();
CREATE TRIGGER "Claim_terms_update" AFTER UPDATE ON "Claim"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_claim_terms"();
CREATE TRIGGER "Claim_terms_delete" AFTER DELETE ON "Claim"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_claim_terms"();

-- Recounts a reading from its documents: after a TRUNCATE (which fires no row triggers) and
-- after a bulk load with the triggers off (scripts/lib/scale/claims-step.ts).
CREATE FUNCTION "claimwatch_recount_terms"(which text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchTermChange" c WHERE c."reading" = which
    AND c."xact" = pg_current_xact_id()::text::bigint;
  DELETE FROM "SearchTerm" t WHERE t."reading" = which;
  IF which = 'public' THEN
    INSERT INTO "SearchTerm" ("reading", "lexeme", "documents")
    SELECT 'public', s.word, s.ndoc
    FROM ts_stat('SELECT "search" FROM "ClaimRevision" WHERE "publicAt" IS NOT NULL AND "search" IS NOT NULL') s;
  ELSE
    INSERT INTO "SearchTerm" ("reading", "lexeme", "documents")
    SELECT 'internal', s.word, s.ndoc
    FROM ts_stat('SELECT "search" FROM "Claim" WHERE "search" IS NOT NULL') s;
  END IF;
END $$;

CREATE FUNCTION "claimwatch_terms_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "claimwatch_recount_terms"(TG_ARGV[0]);
  RETURN NULL;
END $$;

CREATE TRIGGER "ClaimRevision_terms_truncate" AFTER TRUNCATE ON "ClaimRevision"
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_terms_truncated"('public');
CREATE TRIGGER "Claim_terms_truncate" AFTER TRUNCATE ON "Claim"
FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_terms_truncated"('internal');

SELECT "claimwatch_recount_terms"('public');
SELECT "claimwatch_recount_terms"('internal');

-- A claimant's published claims newest first, for a search that matches only names (an
-- alias with a typo): each matched actor's page read from here, never the statements.
CREATE INDEX "ClaimRevision_claimantId_publicAt_claimId_idx"
  ON "ClaimRevision" ("claimantId", "publicAt", "claimId") WHERE "publicAt" IS NOT NULL;
