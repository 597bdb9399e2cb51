import "server-only";
import { db, type Tx } from "@/lib/db";
import { z } from "zod";
import { GENESIS_HASH } from "@/lib/audit/chain";
import {
  CHECKPOINT_LOG_NAME,
  signCheckpoint,
  type CheckpointStatement,
} from "@/lib/audit/checkpoint-statement";
import { lockAuditChain, readAuditHead } from "@/lib/audit/record-audit-event";
import { auditSigningKey } from "@/lib/audit/signing-key";
import { invalidatePublicContent } from "@/lib/cache/public-content";
import { PUBLIC_CONTENT_TAG } from "@/lib/cache/tags";
import { AppError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";

type Kind = CheckpointStatement["kind"];

/** The start of the UTC hour `at` falls in: an hourly checkpoint's bucket. */
export function hourBucketOf(at: Date): Date {
  const bucket = new Date(at);
  bucket.setUTCMinutes(0, 0, 0);
  return bucket;
}

/**
 * Signs and stores a checkpoint of the log as it stands inside `tx`, under the chain lock so
 * that no append slips between counting and reading the head. An HOURLY checkpoint whose
 * hour is already stored is skipped (unique hour bucket), so any number of instances may try.
 * Returns the new checkpoint's id, or null when it was skipped.
 */
export async function recordCheckpoint(
  tx: Tx,
  kind: Kind,
  requestedById: string | null,
): Promise<bigint | null> {
  const signing = auditSigningKey();
  if (!signing.ok) {
    throw new AppError("UNAVAILABLE", signing.message);
  }
  await lockAuditChain(tx);
  const head = await readAuditHead(tx);
  const [{ count, now }] = await tx.$queryRaw<[{ count: bigint; now: Date }]>`
    SELECT count(*) AS count, date_trunc('milliseconds', clock_timestamp()) AS now
    FROM "AuditEvent"`;
  const hourBucket = kind === "HOURLY" ? hourBucketOf(now) : null;
  const statement: CheckpointStatement = {
    log: CHECKPOINT_LOG_NAME,
    kind,
    hourBucket: hourBucket?.toISOString() ?? null,
    rowCount: Number(count),
    headId: head ? head.id.toString() : null,
    headHash: head?.hash ?? GENESIS_HASH,
    signedAt: now.toISOString(),
    keyId: signing.key.keyId,
  };
  const signature = signCheckpoint(statement, signing.key.privateKey);
  const rows = await tx.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "AuditCheckpoint"
      ("kind", "hourBucket", "rowCount", "headId", "headHash", "signedAt", "keyId", "signature", "requestedById")
    VALUES (${kind}::"AuditCheckpointKind", ${hourBucket}, ${count}, ${head?.id ?? null},
            ${statement.headHash}, ${now}, ${statement.keyId}, ${signature}, ${requestedById}::uuid)
    ON CONFLICT ("hourBucket") DO NOTHING
    RETURNING "id"`;
  // The Atom feed lists checkpoints; it is cached under the lists' tag.
  if (rows.length > 0) await invalidatePublicContent(tx, [PUBLIC_CONTENT_TAG]);
  return rows[0]?.id ?? null;
}

/**
 * The hourly checkpoint: recorded unless this hour already has one. Safe to call from every
 * instance at any rate; the database decides who writes it. Returns whether it wrote one.
 */
export async function recordHourlyCheckpoint(): Promise<boolean> {
  if (!auditSigningKey().ok) return false;
  const bucket = hourBucketOf(new Date());
  const existing = await db.auditCheckpoint.findUnique({
    where: { hourBucket: bucket },
    select: { id: true },
  });
  if (existing) return false;
  const id = await db.$transaction((tx) => recordCheckpoint(tx, "HOURLY", null));
  return id !== null;
}

/** An admin asks for a checkpoint now (e.g. before handing the log to an investigator). */
export const requestCheckpoint = defineMutation({
  action: "audit.checkpoint",
  input: z.object({}).strict(),
  changesPublicContent: true,
  async run({ tx, user, audit }) {
    const id = await recordCheckpoint(tx, "ON_DEMAND", user.id);
    if (id === null) throw new Error("An on-demand checkpoint is never skipped");
    await audit({
      action: "audit.checkpoint",
      entityType: "AuditCheckpoint",
      entityId: id.toString(),
    });
    return { id: id.toString() };
  },
});
