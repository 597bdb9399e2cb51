import "server-only";
import { db } from "@/lib/db";
import { checkpointStatementText, statementOfRow } from "@/lib/audit/checkpoint-statement";
import type { FeedItem } from "@/lib/public/feed-entries";

/** How many of the newest checkpoints the Atom feed carries. */
const FEED_CHECKPOINTS = 5;

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
      id: `urn:claimwatch:audit-checkpoint:${c.id.toString()}`,
      title: `Audit log checkpoint: ${c.rowCount.toString()} entries, head ${c.headHash.slice(0, 16)}…`,
      updated: c.signedAt.toISOString(),
      path: `/api/v1/audit/checkpoints`,
      summary: `Signed statement: ${statement} Ed25519 signature (base64): ${c.signature} Key id: ${c.keyId}`,
    };
  });
}
