-- Full-text and approximate-name search done by PostgreSQL, and indexes for every list order.
-- Both extensions ship with PostgreSQL's contrib, the embedded PostgreSQL 18 included.
CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes the
-- result depend on the argument alone, so it may be used in indexes.
CREATE FUNCTION "claimwatch_unaccent"(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN public.unaccent('public.unaccent'::regdictionary, $1);

-- English stemming after stripping accents, for every kind of word the parser finds, so
-- "Kyïv" and "Kyiv" are the same lexeme in documents and in queries.
CREATE TEXT SEARCH CONFIGURATION public."claimwatch" (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION public."claimwatch"
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
  WITH public.unaccent, english_stem;
ALTER TEXT SEARCH CONFIGURATION public."claimwatch"
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH public.unaccent, simple;

-- A claim's search document: the statement (weight A), the claimant's name and every alias
-- (B), the claimant's role and the topics' names (C).
CREATE FUNCTION "claimwatch_search_document"(statement text, names text, extra text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(to_tsvector('public.claimwatch'::regconfig, coalesce(statement, '')), 'A')
    || setweight(to_tsvector('public.claimwatch'::regconfig, coalesce(names, '')), 'B')
    || setweight(to_tsvector('public.claimwatch'::regconfig, coalesce(extra, '')), 'C');

CREATE FUNCTION "claimwatch_actor_names"(actor uuid) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT concat_ws(' ', a."name",
          (SELECT string_agg(al."alias", ' ') FROM "ActorAlias" al WHERE al."actorId" = a."id"))
        FROM "Actor" a WHERE a."id" = actor);

CREATE FUNCTION "claimwatch_revision_topics"(revision uuid) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT string_agg(t."name", ' ') FROM "RevisionTopic" rt
        JOIN "Topic" t ON t."id" = rt."topicId" WHERE rt."revisionId" = revision);

CREATE FUNCTION "claimwatch_claim_topics"(claim uuid) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT string_agg(t."name", ' ') FROM "ClaimTopic" ct
        JOIN "Topic" t ON t."id" = ct."topicId" WHERE ct."claimId" = claim);

ALTER TABLE "ClaimRevision" ADD COLUMN "search" tsvector;
ALTER TABLE "Claim" ADD COLUMN "search" tsvector;

-- Recompute the documents of the given revisions / working copies from their current rows.
CREATE FUNCTION "claimwatch_refresh_revision_search"(ids uuid[]) RETURNS void
LANGUAGE sql
BEGIN ATOMIC
  UPDATE "ClaimRevision" r SET "search" = "claimwatch_search_document"(r."statement",
    "claimwatch_actor_names"(r."claimantId"),
    concat_ws(' ', r."claimantRole", "claimwatch_revision_topics"(r."id")))
  WHERE r."id" = ANY (ids);
END;

CREATE FUNCTION "claimwatch_refresh_claim_search"(ids uuid[]) RETURNS void
LANGUAGE sql
BEGIN ATOMIC
  UPDATE "Claim" c SET "search" = "claimwatch_search_document"(c."statement",
    "claimwatch_actor_names"(c."claimantId"),
    concat_ws(' ', c."claimantRole", "claimwatch_claim_topics"(c."id")))
  WHERE c."id" = ANY (ids);
END;

-- The documents are kept current by the database whatever writes the rows: a revision or a
-- working copy when its text, claimant or role changes; both when a topic is added or
-- removed; every claim of an actor when the actor's name or aliases change; every claim of
-- a topic when it is renamed.
CREATE FUNCTION "claimwatch_revision_search_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search" := "claimwatch_search_document"(NEW."statement",
    "claimwatch_actor_names"(NEW."claimantId"),
    concat_ws(' ', NEW."claimantRole", "claimwatch_revision_topics"(NEW."id")));
  RETURN NEW;
END $$;

CREATE FUNCTION "claimwatch_claim_search_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search" := "claimwatch_search_document"(NEW."statement",
    "claimwatch_actor_names"(NEW."claimantId"),
    concat_ws(' ', NEW."claimantRole", "claimwatch_claim_topics"(NEW."id")));
  RETURN NEW;
END $$;

CREATE TRIGGER "ClaimRevision_search" BEFORE INSERT OR UPDATE OF "statement", "claimantId", "claimantRole"
ON "ClaimRevision" FOR EACH ROW EXECUTE FUNCTION "claimwatch_revision_search_row"();
CREATE TRIGGER "Claim_search" BEFORE INSERT OR UPDATE OF "statement", "claimantId", "claimantRole"
ON "Claim" FOR EACH ROW EXECUTE FUNCTION "claimwatch_claim_search_row"();

CREATE FUNCTION "claimwatch_revision_topic_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "claimwatch_refresh_revision_search"(ARRAY[CASE WHEN TG_OP = 'DELETE' THEN OLD."revisionId" ELSE NEW."revisionId" END]);
  RETURN NULL;
END $$;

CREATE FUNCTION "claimwatch_claim_topic_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "claimwatch_refresh_claim_search"(ARRAY[CASE WHEN TG_OP = 'DELETE' THEN OLD."claimId" ELSE NEW."claimId" END]);
  RETURN NULL;
END $$;

CREATE TRIGGER "RevisionTopic_search" AFTER INSERT OR DELETE ON "RevisionTopic"
FOR EACH ROW EXECUTE FUNCTION "claimwatch_revision_topic_changed"();
CREATE TRIGGER "ClaimTopic_search" AFTER INSERT OR DELETE ON "ClaimTopic"
FOR EACH ROW EXECUTE FUNCTION "claimwatch_claim_topic_changed"();

-- Two functions: PL/pgSQL resolves every NEW field an expression names, so one shared
-- function could not name Actor.id and ActorAlias.actorId.
CREATE FUNCTION "claimwatch_refresh_actor_search"(actor uuid) RETURNS void
LANGUAGE sql
BEGIN ATOMIC
  SELECT "claimwatch_refresh_revision_search"(
    ARRAY(SELECT "id" FROM "ClaimRevision" WHERE "claimantId" = actor));
  SELECT "claimwatch_refresh_claim_search"(
    ARRAY(SELECT "id" FROM "Claim" WHERE "claimantId" = actor));
END;

CREATE FUNCTION "claimwatch_actor_renamed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "claimwatch_refresh_actor_search"(NEW."id");
  RETURN NULL;
END $$;

CREATE FUNCTION "claimwatch_alias_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "claimwatch_refresh_actor_search"(OLD."actorId"); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM "claimwatch_refresh_actor_search"(NEW."actorId"); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Actor_search" AFTER UPDATE OF "name" ON "Actor"
FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
EXECUTE FUNCTION "claimwatch_actor_renamed"();
CREATE TRIGGER "ActorAlias_search" AFTER INSERT OR UPDATE OR DELETE ON "ActorAlias"
FOR EACH ROW EXECUTE FUNCTION "claimwatch_alias_changed"();

CREATE FUNCTION "claimwatch_topic_renamed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "claimwatch_refresh_revision_search"(
    ARRAY(SELECT "revisionId" FROM "RevisionTopic" WHERE "topicId" = NEW."id"));
  PERFORM "claimwatch_refresh_claim_search"(
    ARRAY(SELECT "claimId" FROM "ClaimTopic" WHERE "topicId" = NEW."id"));
  RETURN NULL;
END $$;

CREATE TRIGGER "Topic_search" AFTER UPDATE OF "name" ON "Topic"
FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
EXECUTE FUNCTION "claimwatch_topic_renamed"();

-- The public reading searches revisions alone: the revision the public sees carries its
-- claim's first-publication time (the public list's order), every other revision null. The
-- database keeps it so whenever a claim's published revision or publication time changes.
ALTER TABLE "ClaimRevision" ADD COLUMN "publicAt" TIMESTAMP(3);

CREATE FUNCTION "claimwatch_claim_published"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."publishedRevisionId" IS NOT NULL
     AND OLD."publishedRevisionId" IS DISTINCT FROM NEW."publishedRevisionId" THEN
    UPDATE "ClaimRevision" SET "publicAt" = NULL WHERE "id" = OLD."publishedRevisionId";
  END IF;
  IF NEW."publishedRevisionId" IS NOT NULL THEN
    UPDATE "ClaimRevision" SET "publicAt" = coalesce(NEW."firstPublishedAt", NEW."updatedAt")
    WHERE "id" = NEW."publishedRevisionId" AND "publicAt" IS DISTINCT FROM coalesce(NEW."firstPublishedAt", NEW."updatedAt");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Claim_published" AFTER INSERT OR UPDATE OF "publishedRevisionId", "firstPublishedAt"
ON "Claim" FOR EACH ROW EXECUTE FUNCTION "claimwatch_claim_published"();

UPDATE "ClaimRevision" r SET "publicAt" = coalesce(c."firstPublishedAt", c."updatedAt")
FROM "Claim" c WHERE c."publishedRevisionId" = r."id";

-- Documents of the rows that exist already.
UPDATE "ClaimRevision" r SET "search" = "claimwatch_search_document"(r."statement",
  "claimwatch_actor_names"(r."claimantId"),
  concat_ws(' ', r."claimantRole", "claimwatch_revision_topics"(r."id")));
UPDATE "Claim" c SET "search" = "claimwatch_search_document"(c."statement",
  "claimwatch_actor_names"(c."claimantId"),
  concat_ws(' ', c."claimantRole", "claimwatch_claim_topics"(c."id")));

CREATE INDEX "ClaimRevision_search_idx" ON "ClaimRevision" USING GIN ("search");
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ("search");

-- Approximate name matching (pg_trgm): "Oumerov" finds "Rustem Umerov".
CREATE INDEX "ActorAlias_normalized_trgm_idx" ON "ActorAlias" USING GIN ("normalized" gin_trgm_ops);
CREATE INDEX "Actor_name_trgm_idx" ON "Actor"
  USING GIN ("claimwatch_unaccent"(lower("name")) gin_trgm_ops);

-- One index per list order (keyset pagination walks them; the last column breaks ties).
CREATE INDEX "Claim_firstPublishedAt_id_idx" ON "Claim"("firstPublishedAt", "id");
CREATE INDEX "Claim_updatedAt_id_idx" ON "Claim"("updatedAt", "id");
CREATE INDEX "ClaimRevision_kind_madeAt_idx" ON "ClaimRevision"("kind", "madeAt");
CREATE INDEX "Claim_kind_madeAt_idx" ON "Claim"("kind", "madeAt");
CREATE INDEX "ClaimRevision_publicAt_claimId_idx" ON "ClaimRevision"("publicAt", "claimId");
CREATE INDEX "ClaimRevision_claimantId_madeAt_claimId_idx" ON "ClaimRevision"("claimantId", "madeAt", "claimId");
CREATE INDEX "Claim_claimantId_madeAt_id_idx" ON "Claim"("claimantId", "madeAt", "id");
CREATE INDEX "Review_status_submittedAt_id_idx" ON "Review"("status", "submittedAt", "id");
CREATE INDEX "Actor_name_id_idx" ON "Actor"("name", "id");
