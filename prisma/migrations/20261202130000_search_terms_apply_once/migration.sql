-- The deferred trigger of 20261202024500_search_terms fires once per queued change at commit,
-- and its first firing applies (and deletes) every change the transaction queued. The later
-- firings looked their changes up by transaction id, so each walked the index entries of all
-- the rows the first had deleted: a transaction that queued n changes (a bulk load, where
-- per-row triggers update revisions one statement at a time) spent time in n² at commit
-- (100k claims: over 16 minutes). A later firing now first probes its own row by primary
-- key and returns at once when the first firing has applied it.
CREATE OR REPLACE FUNCTION "claimwatch_apply_terms"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "SearchTermChange" WHERE "id" = NEW."id") THEN
    RETURN NULL;
  END IF;
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
