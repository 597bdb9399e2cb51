import { createHash } from "node:crypto";
import type pg from "pg";

// A source's captures are evidence: their text must never change (a trigger refuses it, but
// a database owner can lift the trigger). Each capture's text is hashed again here and must
// equal both its stored SHA-256 and the SHA-256 the hash-chained audit log recorded when it
// was captured (lib/audit/verify-chain.ts collects those). Only reads; never repairs.

const BATCH = 20; // a capture may hold 16 MB of text

interface CaptureRow {
  sourceId: string;
  number: number;
  sha256: string;
  text: string;
}

/**
 * Checks every capture, in batches. Returns how many were checked and one problem per
 * capture whose text no longer hashes to its stored SHA-256 (edited text), or whose stored
 * SHA-256 differs from the audit log's (edited hash).
 */
export async function verifyCaptures(
  client: pg.ClientBase,
  logged: Map<string, string>,
): Promise<{ checked: number; problems: string[] }> {
  const problems: string[] = [];
  let checked = 0;
  let after = { sourceId: "00000000-0000-0000-0000-000000000000", number: 0 };
  for (;;) {
    const { rows } = await client.query<CaptureRow>(
      `SELECT "sourceId"::text AS "sourceId", "number", "sha256", "text" FROM "SourceCapture"
        WHERE ("sourceId", "number") > ($1::uuid, $2::int)
        ORDER BY "sourceId", "number" LIMIT ${BATCH}`,
      [after.sourceId, after.number],
    );
    for (const c of rows) {
      checked += 1;
      const label = `capture ${c.number} of source ${c.sourceId}`;
      const actual = createHash("sha256").update(c.text, "utf8").digest("hex");
      if (actual !== c.sha256) {
        problems.push(
          `${label}: its text hashes to ${actual}, not its stored ${c.sha256} (the text was edited)`,
        );
      }
      const recorded = logged.get(`${c.sourceId}#${c.number}`);
      if (recorded && recorded !== c.sha256) {
        problems.push(
          `${label}: stored SHA-256 ${c.sha256}, the audit log recorded ${recorded} (the capture was replaced)`,
        );
      }
    }
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) break;
    after = { sourceId: last.sourceId, number: last.number };
  }
  return { checked, problems };
}
