-- A topic's claims in the order its page lists them, from an index. A topic is a link row
-- (RevisionTopic for the public reading, ClaimTopic for members), and no index can order
-- a link table by a column of the linked claim; so each link row carries that claim's sort
-- keys, kept by the database: RevisionTopic the revision's claim, date made and publicAt
-- (set only on the revision the public sees), ClaimTopic the working copy's date made.
ALTER TABLE "RevisionTopic" ADD COLUMN "claimId" UUID, ADD COLUMN "madeAt" DATE,
  ADD COLUMN "publicAt" TIMESTAMP(3);
ALTER TABLE "ClaimTopic" ADD COLUMN "madeAt" DATE;

CREATE FUNCTION "claimwatch_revision_topic_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT r."claimId", r."madeAt", r."publicAt" INTO NEW."claimId", NEW."madeAt", NEW."publicAt"
  FROM "ClaimRevision" r WHERE r."id" = NEW."revisionId";
  RETURN NEW;
END $$;
CREATE TRIGGER "RevisionTopic_keys" BEFORE INSERT OR UPDATE OF "revisionId" ON "RevisionTopic"
FOR EACH ROW EXECUTE FUNCTION "claimwatch_revision_topic_keys"();

CREATE FUNCTION "claimwatch_claim_topic_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."madeAt" INTO NEW."madeAt" FROM "Claim" c WHERE c."id" = NEW."claimId";
  RETURN NEW;
END $$;
CREATE TRIGGER "ClaimTopic_keys" BEFORE INSERT OR UPDATE OF "claimId" ON "ClaimTopic"
FOR EACH ROW EXECUTE FUNCTION "claimwatch_claim_topic_keys"();

-- A revision published, replaced or unpublished (its publicAt, kept by Claim_published), and
-- a working copy's date made changed: their link rows follow.
CREATE FUNCTION "claimwatch_revision_keys_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "RevisionTopic" SET "publicAt" = NEW."publicAt", "madeAt" = NEW."madeAt"
  WHERE "revisionId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "ClaimRevision_topic_keys" AFTER UPDATE OF "publicAt", "madeAt" ON "ClaimRevision"
FOR EACH ROW WHEN (OLD."publicAt" IS DISTINCT FROM NEW."publicAt" OR OLD."madeAt" IS DISTINCT FROM NEW."madeAt")
EXECUTE FUNCTION "claimwatch_revision_keys_changed"();

CREATE FUNCTION "claimwatch_claim_made_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ClaimTopic" SET "madeAt" = NEW."madeAt" WHERE "claimId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "Claim_topic_keys" AFTER UPDATE OF "madeAt" ON "Claim"
FOR EACH ROW WHEN (OLD."madeAt" IS DISTINCT FROM NEW."madeAt")
EXECUTE FUNCTION "claimwatch_claim_made_changed"();

UPDATE "RevisionTopic" rt SET "claimId" = r."claimId", "madeAt" = r."madeAt", "publicAt" = r."publicAt"
FROM "ClaimRevision" r WHERE r."id" = rt."revisionId";
UPDATE "ClaimTopic" ct SET "madeAt" = c."madeAt" FROM "Claim" c WHERE c."id" = ct."claimId";

-- The public topic page (date made, newest first) and a search limited to a topic (first
-- published, newest first), over the revisions the public sees; members' topic page.
CREATE INDEX "RevisionTopic_topicId_madeAt_claimId_idx" ON "RevisionTopic"("topicId", "madeAt", "claimId")
  WHERE "publicAt" IS NOT NULL;
CREATE INDEX "RevisionTopic_topicId_publicAt_claimId_idx" ON "RevisionTopic"("topicId", "publicAt", "claimId")
  WHERE "publicAt" IS NOT NULL;
CREATE INDEX "ClaimTopic_topicId_madeAt_claimId_idx" ON "ClaimTopic"("topicId", "madeAt", "claimId");
