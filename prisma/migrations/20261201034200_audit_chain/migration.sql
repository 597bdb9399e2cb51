-- Hash-chained audit log (issue 12). Each AuditEvent row commits to every row before it:
--   hash = hex(SHA-256(UTF-8(prevHash || canonical)))
-- where prevHash is the previous row's hash (64 zeros for the first row) and canonical is the
-- RFC 8785 (JCS) serialisation of the row's content:
--   {"action","actorId","after","before","createdAt","entityId","entityType","id"}
-- with id as a decimal string and createdAt as ISO 8601 UTC with milliseconds. The app writes
-- new rows with the same rule (lib/audit/chain.ts); these functions exist to backfill the
-- rows written before this migration, and let a DBA recompute a hash in SQL.

-- ES Number::toString for the number a JSONB value holds, as RFC 8785 §3.2.2.3 requires.
-- float8 text output (extra_float_digits = 1) is the shortest round-trip digit string; it is
-- re-spelled with ECMAScript's rules for where the decimal point and exponent go.
CREATE FUNCTION "audit_canonical_number"(value numeric) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT
SET extra_float_digits = 1
AS $$
DECLARE
  f float8 := value::float8;
  repr text;
  mantissa text;
  exponent int := 0;
  digits text;
  int_len int;
  lead int;
  k int;
  n int;
  sign text := '';
BEGIN
  IF f = 0 THEN RETURN '0'; END IF;
  IF f < 0 THEN sign := '-'; f := -f; END IF;
  repr := f::text;
  IF position('e' in repr) > 0 THEN
    mantissa := split_part(repr, 'e', 1);
    exponent := split_part(repr, 'e', 2)::int;
  ELSE
    mantissa := repr;
  END IF;
  IF position('.' in mantissa) > 0 THEN
    int_len := position('.' in mantissa) - 1;
    digits := replace(mantissa, '.', '');
  ELSE
    int_len := length(mantissa);
    digits := mantissa;
  END IF;
  lead := length(digits) - length(ltrim(digits, '0'));
  digits := rtrim(ltrim(digits, '0'), '0');
  int_len := int_len - lead;
  k := length(digits);
  n := int_len + exponent;
  IF k <= n AND n <= 21 THEN
    RETURN sign || digits || repeat('0', n - k);
  ELSIF 0 < n AND n <= 21 THEN
    RETURN sign || substr(digits, 1, n) || '.' || substr(digits, n + 1);
  ELSIF -6 < n AND n <= 0 THEN
    RETURN sign || '0.' || repeat('0', -n) || digits;
  ELSE
    RETURN sign || substr(digits, 1, 1)
      || CASE WHEN k > 1 THEN '.' || substr(digits, 2) ELSE '' END
      || 'e' || CASE WHEN n - 1 >= 0 THEN '+' ELSE '-' END || abs(n - 1)::text;
  END IF;
END;
$$;

-- RFC 8785 serialisation of a JSONB value. Object keys sort by code point (COLLATE "C"), which
-- equals RFC 8785's UTF-16 order for every key outside U+E000–U+FFFF paired with astral
-- characters; audit snapshots use field names, which are ASCII.
CREATE FUNCTION "audit_canonical_json"(value jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT
AS $$
DECLARE
  result text;
BEGIN
  CASE jsonb_typeof(value)
    WHEN 'object' THEN
      SELECT '{' || coalesce(string_agg(to_json(e.key)::text || ':' || "audit_canonical_json"(e.value),
                                        ',' ORDER BY e.key COLLATE "C"), '') || '}'
        INTO result FROM jsonb_each(value) AS e;
    WHEN 'array' THEN
      SELECT '[' || coalesce(string_agg("audit_canonical_json"(a.value), ',' ORDER BY a.n), '') || ']'
        INTO result FROM jsonb_array_elements(value) WITH ORDINALITY AS a(value, n);
    WHEN 'string' THEN
      result := to_json(value #>> '{}')::text;
    WHEN 'number' THEN
      result := "audit_canonical_number"((value #>> '{}')::numeric);
    ELSE
      result := value::text;
  END CASE;
  RETURN result;
END;
$$;

-- The canonical content of one audit row, as hashed.
CREATE FUNCTION "audit_event_canonical"(e "AuditEvent") RETURNS text
LANGUAGE sql STABLE
AS $$
  SELECT "audit_canonical_json"(jsonb_build_object(
    'id', e."id"::text,
    'actorId', e."actorId"::text,
    'action', e."action",
    'entityType', e."entityType",
    'entityId', e."entityId",
    'before', e."before",
    'after', e."after",
    'createdAt', to_char(e."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  ))
$$;

ALTER TABLE "AuditEvent" ADD COLUMN "prevHash" CHAR(64);
ALTER TABLE "AuditEvent" ADD COLUMN "hash" CHAR(64);

-- Backfill in id order, the chain's order. The append-only trigger is lifted for this
-- transaction only (the migration runs in one transaction, so nobody sees it lifted).
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
DO $$
DECLARE
  prev text := repeat('0', 64);
  row_hash text;
  e "AuditEvent";
BEGIN
  FOR e IN SELECT * FROM "AuditEvent" ORDER BY "id" LOOP
    row_hash := encode(sha256(convert_to(prev || "audit_event_canonical"(e), 'UTF8')), 'hex');
    UPDATE "AuditEvent" SET "prevHash" = prev, "hash" = row_hash WHERE "id" = e."id";
    prev := row_hash;
  END LOOP;
END;
$$;
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";

ALTER TABLE "AuditEvent" ALTER COLUMN "prevHash" SET NOT NULL;
ALTER TABLE "AuditEvent" ALTER COLUMN "hash" SET NOT NULL;

-- One successor per row: the chain cannot fork, whatever the writers do.
CREATE UNIQUE INDEX "AuditEvent_prevHash_key" ON "AuditEvent"("prevHash");

-- CreateEnum
CREATE TYPE "AuditCheckpointKind" AS ENUM ('HOURLY', 'ON_DEMAND');

-- A signed statement "the log had rowCount rows ending in headHash", published so that a
-- third party holding it can later prove the log was not rewritten.
CREATE TABLE "AuditCheckpoint" (
    "id" BIGSERIAL NOT NULL,
    "kind" "AuditCheckpointKind" NOT NULL,
    "hourBucket" TIMESTAMP(3),
    "rowCount" BIGINT NOT NULL,
    "headId" BIGINT,
    "headHash" CHAR(64) NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "keyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "requestedById" UUID,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditCheckpoint_hourBucket_key" ON "AuditCheckpoint"("hourBucket");

-- CreateIndex
CREATE INDEX "AuditCheckpoint_signedAt_idx" ON "AuditCheckpoint"("signedAt");

-- AddForeignKey
ALTER TABLE "AuditCheckpoint" ADD CONSTRAINT "AuditCheckpoint_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Checkpoints are append-only too.
CREATE TRIGGER "AuditCheckpoint_append_only"
BEFORE UPDATE OR DELETE ON "AuditCheckpoint"
FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "AuditCheckpoint_no_truncate"
BEFORE TRUNCATE ON "AuditCheckpoint"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
