import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { chainHash, GENESIS_HASH } from "@/lib/audit/chain";

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Key of the transaction-level advisory lock that orders the audit chain. Every writer takes
 * it before reading the head, so concurrent transactions append one after another; it is
 * released at commit or rollback, when the appended rows become visible to the next writer.
 */
export const AUDIT_CHAIN_LOCK = 120_412_000_012n;

/** JSON-safe copy of a record for the audit trail (dates as ISO strings, no undefined). */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

/** Waits for the chain lock; call inside the transaction that will append. */
export async function lockAuditChain(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
}

/** The newest row's id and hash, or null for an empty log. Read it under the chain lock. */
export async function readAuditHead(tx: Tx): Promise<{ id: bigint; hash: string } | null> {
  const rows = await tx.$queryRaw<{ id: bigint; hash: string }[]>`
    SELECT "id", "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1`;
  return rows[0] ?? null;
}

/**
 * Appends audit events to the hash chain inside `tx` (the transaction of the change they
 * describe, so both commit or neither does). Under the chain lock it reads the head, takes
 * ids from the table's sequence and the database clock, and links each row to the one
 * before: ids, times and chain order agree, whichever instance writes.
 */
export async function recordAuditEvents(
  tx: Tx,
  actorId: string | null,
  events: readonly AuditInput[],
): Promise<void> {
  if (events.length === 0) return;
  await lockAuditChain(tx);
  // One round trip after the lock (a new statement, so it sees every append committed
  // before the lock was granted): the head, fresh ids and the database clock.
  const slots = await tx.$queryRaw<{ id: bigint; at: Date; head: string | null }[]>`
    SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'id')) AS id,
           date_trunc('milliseconds', clock_timestamp()) AS at,
           (SELECT "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1) AS head
    FROM generate_series(1, ${events.length}::int)`;
  slots.sort((a, b) => (a.id < b.id ? -1 : 1));
  const head = slots[0]?.head ? { hash: slots[0].head } : null;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const rows = events.map((event, i) => {
    const slot = slots[i];
    if (!slot) throw new Error("Audit chain: no id for an event");
    const before = snapshot(event.before);
    const after = snapshot(event.after);
    const hash = chainHash(prevHash, {
      id: slot.id.toString(),
      actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: before ?? null,
      after: after ?? null,
      createdAt: slot.at.toISOString(),
    });
    const row = {
      id: slot.id,
      actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before,
      after,
      createdAt: slot.at,
      prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  await tx.auditEvent.createMany({ data: rows });
}

/** One audit event; see `recordAuditEvents`. */
export async function recordAuditEvent(
  tx: Tx,
  actorId: string | null,
  event: AuditInput,
): Promise<void> {
  await recordAuditEvents(tx, actorId, [event]);
}
