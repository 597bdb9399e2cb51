import "server-only";
import type { KeyObject } from "node:crypto";
import type pg from "pg";
import { chainHash, GENESIS_HASH, type AuditContent } from "@/lib/audit/chain";
import {
  CHECKPOINT_LOG_NAME,
  checkpointSignatureValid,
  type CheckpointStatement,
} from "@/lib/audit/checkpoint-statement";
import type { SavedCheckpoints } from "@/lib/audit/saved-checkpoints";

// Walks the whole audit chain in id order, in keyset batches (never the whole table in
// memory), recomputing every hash. It only reads: a broken chain is reported, never repaired.

export interface ChainBreak {
  /** The id of the first row whose link or content does not check out. */
  id: string;
  /** Its 1-based position in the chain. */
  position: number;
  reason: string;
}

export interface ChainReport {
  /** Rows that checked out, from the first; all of them when there is no break. */
  rows: number;
  headId: string | null;
  headHash: string;
  firstBreak: ChainBreak | null;
  checkpoints: { checked: number; problems: string[] };
  /** The SHA-256 the verified log gives each capture, by "<sourceId>#<number>". */
  captureHashes: Map<string, string>;
}

// One row as the batch query returns it, in this column order (rowMode "array": no object
// per row). createdAt comes as epoch seconds (float8, parsed to a number by pg), which the
// server writes far faster than a formatted date and which does not depend on DateStyle;
// jsonb arrives parsed by pg.
type RowValues = [
  id: string,
  actorId: string | null,
  action: string,
  entityType: string,
  entityId: string,
  before: unknown,
  after: unknown,
  createdAtEpoch: number,
  prevHash: string,
  hash: string,
];

const BATCH_SQL = `
  SELECT "id"::text, "actorId"::text, "action", "entityType", "entityId", "before", "after",
         date_part('epoch', "createdAt"), "prevHash", "hash"
    FROM "AuditEvent" e WHERE e."id" > $1::bigint ORDER BY e."id" LIMIT $2`;

/** The hashed content of a fetched row. */
function contentOf(v: RowValues): AuditContent {
  return {
    id: v[0],
    actorId: v[1],
    action: v[2],
    entityType: v[3],
    entityId: v[4],
    before: v[5],
    after: v[6],
    // TIMESTAMP(3) holds whole milliseconds; a float8 of epoch seconds rounds back to them
    // exactly for any date before the year 70,000.
    createdAt: new Date(Math.round(v[7] * 1000)).toISOString(),
  };
}

interface CheckpointRow {
  id: string;
  kind: "HOURLY" | "ON_DEMAND";
  hourBucket: string | null;
  rowCount: string;
  headId: string | null;
  headHash: string;
  signedAt: string;
  keyId: string;
  signature: string;
}

const ISO = (column: string) => `to_char("${column}", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

async function readCheckpoints(client: pg.ClientBase): Promise<CheckpointRow[]> {
  const { rows } = await client.query<CheckpointRow>(`
    SELECT "id"::text AS id, "kind", ${ISO("hourBucket")} AS "hourBucket", "rowCount"::text AS "rowCount",
           "headId"::text AS "headId", "headHash", ${ISO("signedAt")} AS "signedAt", "keyId", "signature"
    FROM "AuditCheckpoint" c ORDER BY c."rowCount", c."id"`);
  return rows;
}

function checkSignature(cp: CheckpointRow, key: { publicKey: KeyObject; keyId: string }) {
  if (cp.keyId !== key.keyId) return `checkpoint ${cp.id} was signed by another key (${cp.keyId})`;
  const statement: CheckpointStatement = {
    log: CHECKPOINT_LOG_NAME,
    kind: cp.kind,
    hourBucket: cp.hourBucket,
    rowCount: Number(cp.rowCount),
    headId: cp.headId,
    headHash: cp.headHash,
    signedAt: cp.signedAt,
    keyId: cp.keyId,
  };
  return checkpointSignatureValid(statement, cp.signature, key.publicKey)
    ? null
    : `checkpoint ${cp.id}: the signature does not match its content`;
}

function checkRow(row: RowValues, prevHash: string, position: number): ChainBreak | null {
  const [id, , , , , , , , linkedHash, hash] = row;
  if (linkedHash !== prevHash) {
    return {
      id,
      position,
      reason: `its link names ${linkedHash}, but the row before it hashes to ${prevHash} (a row was removed, inserted or re-linked)`,
    };
  }
  if (chainHash(prevHash, contentOf(row)) !== hash) {
    return { id, position, reason: "its content no longer matches its hash (the row was edited)" };
  }
  return null;
}

/**
 * Saved checkpoints as rows to check against the chain like stored ones. Each must carry a
 * valid signature (by `key`, else by the key the saved pages published) and must still be in
 * the database, unchanged: one deleted or altered there is reported.
 */
function savedRows(
  saved: SavedCheckpoints | undefined,
  stored: CheckpointRow[],
  key: { publicKey: KeyObject; keyId: string } | undefined,
  problems: string[],
): CheckpointRow[] {
  if (!saved) return [];
  const byId = new Map(stored.map((cp) => [cp.id, cp]));
  const signer = key ?? saved.key ?? undefined;
  return saved.items.map((item) => {
    const row: CheckpointRow = {
      ...item.statement,
      id: item.id,
      rowCount: String(item.statement.rowCount),
      signature: item.signature,
    };
    const label = `saved checkpoint ${item.id} (signed ${item.statement.signedAt})`;
    const problem = signer
      ? checkSignature(row, signer)
      : "no key to check its signature (pass --public-key)";
    if (problem) problems.push(`${label}: ${problem.replace(/^checkpoint \S+:? ?/, "")}`);
    const inDb = byId.get(item.id);
    if (!inDb) problems.push(`${label} is missing from the database (deleted)`);
    else if (inDb.headHash !== row.headHash || inDb.rowCount !== row.rowCount) {
      problems.push(`${label} differs from the database's checkpoint ${item.id} (altered)`);
    }
    return { ...row, id: `saved ${item.id}` };
  });
}

/**
 * Verifies the chain through `client` (a pg client or pool). With `key`, each stored
 * checkpoint's signature is checked too; every checkpoint is checked against the chain: its
 * row count must be reached and the hash at that row must equal its head hash.
 */
export async function verifyAuditChain(
  client: pg.ClientBase,
  options: {
    batchSize?: number;
    key?: { publicKey: KeyObject; keyId: string };
    /** Checkpoints kept outside the database (lib/audit/saved-checkpoints.ts). */
    saved?: SavedCheckpoints;
  } = {},
): Promise<ChainReport> {
  const batchSize = options.batchSize ?? 10_000;
  const stored = await readCheckpoints(client);
  const problems: string[] = [];
  if (options.key) {
    for (const cp of stored) {
      const problem = checkSignature(cp, options.key);
      if (problem) problems.push(problem);
    }
  }
  const saved = savedRows(options.saved, stored, options.key, problems);
  const checkpoints = [...stored, ...saved].sort((a, b) => Number(a.rowCount) - Number(b.rowCount));
  let nextCheckpoint = 0;
  let rows = 0;
  let headId: string | null = null;
  let prevHash = GENESIS_HASH;
  let firstBreak: ChainBreak | null = null;
  // Checkpoints are sorted by row count: compare each one when the walk reaches its row.
  const passCheckpoints = () => {
    for (let cp = checkpoints[nextCheckpoint]; cp && Number(cp.rowCount) === rows;) {
      if (cp.headHash !== prevHash || cp.headId !== headId) {
        problems.push(
          `checkpoint ${cp.id} (signed ${cp.signedAt}) says row ${rows} ends in ${cp.headHash}, the log has ${prevHash}`,
        );
      }
      nextCheckpoint += 1;
      cp = checkpoints[nextCheckpoint];
    }
  };
  passCheckpoints();

  const captureHashes = new Map<string, string>();
  const fetchAfter = (id: string) =>
    client.query<RowValues>({ text: BATCH_SQL, values: [id, batchSize], rowMode: "array" });
  let pending = fetchAfter("0");
  for (;;) {
    const { rows: batch } = await pending;
    const last = batch.at(-1);
    const more = last !== undefined && batch.length === batchSize;
    // Fetch the next batch while this one is hashed: the server and this process overlap.
    if (more) pending = fetchAfter(last[0]);
    for (const row of batch) {
      rows += 1;
      firstBreak = checkRow(row, prevHash, rows);
      if (firstBreak) break;
      prevHash = row[9];
      headId = row[0];
      noteCaptureHash(row, captureHashes);
      passCheckpoints();
    }
    if (firstBreak || !more) break;
  }
  if (firstBreak) {
    rows -= 1;
    await pending.catch(() => undefined);
  } else {
    for (const cp of checkpoints.slice(nextCheckpoint)) {
      problems.push(
        `checkpoint ${cp.id} (signed ${cp.signedAt}) covers ${cp.rowCount} rows, the log has ${rows} (rows were removed)`,
      );
    }
  }
  return {
    rows,
    headId,
    headHash: prevHash,
    firstBreak,
    checkpoints: { checked: checkpoints.length, problems },
    captureHashes,
  };
}

/**
 * Records the SHA-256 a verified audit row gives a source's capture ("<sourceId>#<number>"):
 * `source.create` names capture 1's, `source.capture` the new capture's. The captures are
 * then checked against these (lib/audit/verify-captures.ts).
 */
function noteCaptureHash(row: RowValues, hashes: Map<string, string>): void {
  const [, , action, entityType, entityId, , after] = row;
  if (entityType !== "Source" || typeof after !== "object" || after === null) return;
  const fields = after as Record<string, unknown>;
  if (action === "source.create" && typeof fields.capturedSha256 === "string") {
    hashes.set(`${entityId}#1`, fields.capturedSha256);
  } else if (
    action === "source.capture" &&
    typeof fields.sha256 === "string" &&
    typeof fields.captureNumber === "number"
  ) {
    hashes.set(`${entityId}#${fields.captureNumber}`, fields.sha256);
  }
}
