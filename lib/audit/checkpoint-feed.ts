import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { checkpointStatementText, statementOfRow } from "@/lib/audit/checkpoint-statement";
import type { FeedItem } from "@/lib/public/feed-entries";

/** How many of the newest checkpoints the Atom feed carries. */
const FEED_CHECKPOINTS = 5;

/**
 * The entry id of a checkpoint: a UUID (RFC 9562 version 8, from SHA-256 of the checkpoint's
 * id and signing time), so it is a `urn:uuid:` like every other entry and never changes.
 */
function entryUuid(id: bigint, signedAt: Date): string {
  const bytes = createHash("sha256")
    .update(`claimwatch audit checkpoint ${id.toString()} ${signedAt.toISOString()}`)
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The newest audit checkpoints as feed entries, so a feed reader archives them as they come:
 * the summary holds the exact signed text (RFC 8785), the signature and the key id.
 */
export async function checkpointFeedItems(): Promise<FeedItem[]> {
  const rows = await db.auditCheckpoint.findMany({
    orderBy: { id: "desc" },
    take: FEED_CHECKPOINTS,
  });
  return rows.map((c) => {
    const statement = checkpointStatementText(statementOfRow(c));
    return {
      id: `urn:uuid:${entryUuid(c.id, c.signedAt)}`,
      title: `Audit log checkpoint: ${c.rowCount.toString()} entries, head ${c.headHash.slice(0, 16)}…`,
      updated: c.signedAt.toISOString(),
      path: `/api/v1/audit/checkpoints`,
      summary: `Signed statement: ${statement} Ed25519 signature (base64): ${c.signature} Key id: ${c.keyId}`,
    };
  });
}
