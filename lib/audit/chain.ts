import { hash } from "node:crypto";
import { canonicalJson } from "@/lib/audit/canonical-json";

// The audit log's hash chain, the one rule shared by the writer (record-audit-event.ts), the
// verifier (verify-chain.ts) and the SQL backfill (migration 20261201034200_audit_chain):
//
//   hash = hex(SHA-256(UTF-8(prevHash + canonical)))
//
// prevHash is the previous row's hash in id order (GENESIS_HASH for the first row), and
// canonical is the RFC 8785 (JSON Canonicalization Scheme) serialisation of the row's content
// (lib/audit/canonical-json.ts).
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

/**
 * RFC 8785 text of a row's content; JSON `null` for an absent before/after. The members are
 * written in RFC 8785 order (names sorted by UTF-16 code units, as a unit test checks against
 * canonicalJson of the whole object), so the verifier builds no object per row.
 */
export function canonicalAuditContent(content: AuditContent): string {
  return (
    `{"action":${canonicalJson(content.action)}` +
    `,"actorId":${canonicalJson(content.actorId)}` +
    `,"after":${canonicalJson(content.after ?? null)}` +
    `,"before":${canonicalJson(content.before ?? null)}` +
    `,"createdAt":${canonicalJson(content.createdAt)}` +
    `,"entityId":${canonicalJson(content.entityId)}` +
    `,"entityType":${canonicalJson(content.entityType)}` +
    `,"id":${canonicalJson(content.id)}}`
  );
}

/** The row's hash from its predecessor's hash and its own content (hex SHA-256). */
export function chainHash(prevHash: string, content: AuditContent): string {
  return hash("sha256", prevHash + canonicalAuditContent(content), "hex");
}
