import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

// The audit log's hash chain, the one rule shared by the writer (record-audit-event.ts), the
// verifier (verify-chain.ts) and the SQL backfill (migration 20261201023700_audit_chain):
//
//   hash = hex(SHA-256(UTF-8(prevHash + canonical)))
//
// prevHash is the previous row's hash in id order (GENESIS_HASH for the first row), and
// canonical is the RFC 8785 (JSON Canonicalization Scheme) serialisation of the row's content.
// Because each hash covers the one before it, changing, removing or inserting any row changes
// every later hash, as in Certificate Transparency's log or immudb.

/** The "previous hash" of the first row. */
export const GENESIS_HASH = "0".repeat(64);

/** What a row's hash covers: every column a reader of the audit trail relies on. */
export interface AuditContent {
  /** The row's id, as a decimal string (it is a BIGINT). */
  id: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** ISO 8601 UTC with milliseconds, as Date.toISOString writes it. */
  createdAt: string;
}

/** RFC 8785 text of a row's content; JSON `null` for an absent before/after. */
export function canonicalAuditContent(content: AuditContent): string {
  // Named one by one: a row read from the database carries more columns than are hashed.
  const text = canonicalize({
    id: content.id,
    actorId: content.actorId,
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    before: content.before ?? null,
    after: content.after ?? null,
    createdAt: content.createdAt,
  });
  if (text === undefined) throw new Error("Audit content cannot be canonicalised");
  return text;
}

/** The row's hash from its predecessor's hash and its own content (hex SHA-256). */
export function chainHash(prevHash: string, content: AuditContent): string {
  return createHash("sha256")
    .update(prevHash + canonicalAuditContent(content), "utf8")
    .digest("hex");
}
