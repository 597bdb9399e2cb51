-- Versioned captures of a source's text (issue 12). Source.capturedText/capturedAt/
-- capturedSha256 stay as a copy of the latest capture, for the code that anchors quotes.

-- CreateEnum
CREATE TYPE "CaptureMethod" AS ENUM ('PASTED', 'FETCHED');

-- CreateEnum
CREATE TYPE "QuoteCheck" AS ENUM ('FOUND', 'MOVED', 'MISSING');

-- CreateTable
CREATE TABLE "SourceCapture" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL,
    "capturedById" UUID NOT NULL,
    "method" "CaptureMethod" NOT NULL,
    "lastCheckedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceCapture_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceCapture_sourceId_number_key" ON "SourceCapture"("sourceId", "number");

-- AddForeignKey
ALTER TABLE "SourceCapture" ADD CONSTRAINT "SourceCapture_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCapture" ADD CONSTRAINT "SourceCapture_capturedById_fkey" FOREIGN KEY ("capturedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A citation's re-check against the latest capture.
ALTER TABLE "Citation" ADD COLUMN "captureCheck" "QuoteCheck";
ALTER TABLE "Citation" ADD COLUMN "captureCheckedAt" TIMESTAMP(3);
ALTER TABLE "Citation" ADD COLUMN "checkedCaptureId" UUID;
ALTER TABLE "Citation" ADD COLUMN "lastFoundCaptureId" UUID;

-- CreateIndex
CREATE INDEX "Citation_captureCheck_idx" ON "Citation"("captureCheck");

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_checkedCaptureId_fkey" FOREIGN KEY ("checkedCaptureId") REFERENCES "SourceCapture"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_lastFoundCaptureId_fkey" FOREIGN KEY ("lastFoundCaptureId") REFERENCES "SourceCapture"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every source's existing text becomes its first capture, byte for byte, with its stored hash
-- (recomputed only where none was stored), time (else the source's creation) and author.
INSERT INTO "SourceCapture" ("id", "sourceId", "number", "text", "sha256", "capturedAt", "capturedById", "method", "lastCheckedAt")
SELECT gen_random_uuid(), s."id", 1, s."capturedText",
       coalesce(s."capturedSha256", encode(sha256(convert_to(s."capturedText", 'UTF8')), 'hex')),
       coalesce(s."capturedAt", s."createdAt"), s."createdById", 'PASTED',
       coalesce(s."capturedAt", s."createdAt")
FROM "Source" s
WHERE s."capturedText" IS NOT NULL;

-- A citation made before this migration was anchored in that first capture.
UPDATE "Citation" c SET "lastFoundCaptureId" = sc."id"
FROM "SourceCapture" sc
WHERE sc."sourceId" = c."sourceId" AND sc."number" = 1 AND c."foundInCapture";

-- A capture is the record of what the page said: the database refuses to change or remove
-- one, whoever asks. Only the time it was last confirmed unchanged may move.
CREATE FUNCTION "source_capture_is_immutable"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (NEW."id", NEW."sourceId", NEW."number", NEW."text", NEW."sha256", NEW."capturedAt",
          NEW."capturedById", NEW."method")
         IS NOT DISTINCT FROM
         (OLD."id", OLD."sourceId", OLD."number", OLD."text", OLD."sha256", OLD."capturedAt",
          OLD."capturedById", OLD."method")
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'SourceCapture rows are never changed or removed (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "SourceCapture_immutable"
BEFORE UPDATE OR DELETE ON "SourceCapture"
FOR EACH ROW EXECUTE FUNCTION "source_capture_is_immutable"();

CREATE TRIGGER "SourceCapture_no_truncate"
BEFORE TRUNCATE ON "SourceCapture"
FOR EACH STATEMENT EXECUTE FUNCTION "source_capture_is_immutable"();
