import { sign, verify, type KeyObject } from "node:crypto";
import { canonicalJson } from "@/lib/audit/canonical-json";

// What an audit checkpoint's Ed25519 signature covers: the RFC 8785 text of this object.
// A third party keeping a checkpoint can re-create the text from the published fields and
// check the signature with the published public key (`/api/v1/audit/checkpoints`), then
// later ask for the log and check that its first `rowCount` rows end in `headHash`.

export const CHECKPOINT_LOG_NAME = "claimwatch-audit-v1";

export interface CheckpointStatement {
  log: typeof CHECKPOINT_LOG_NAME;
  kind: "HOURLY" | "ON_DEMAND";
  /** ISO 8601 hour an hourly checkpoint stands for, else null. */
  hourBucket: string | null;
  /** Number of audit rows covered (the chain's first rowCount rows in id order). */
  rowCount: number;
  /** Id (decimal string) and hash of the last covered row; null and 64 zeros for an empty log. */
  headId: string | null;
  headHash: string;
  /** ISO 8601 time of signing. */
  signedAt: string;
  /** Hex SHA-256 of the raw Ed25519 public key. */
  keyId: string;
}

/** The signed text: RFC 8785 (lib/audit/canonical-json.ts) of the statement. */
export function checkpointStatementText(statement: CheckpointStatement): string {
  return canonicalJson(statement);
}

/** Base64 Ed25519 signature of the statement. */
export function signCheckpoint(statement: CheckpointStatement, privateKey: KeyObject): string {
  return sign(null, Buffer.from(checkpointStatementText(statement), "utf8"), privateKey).toString(
    "base64",
  );
}

export function checkpointSignatureValid(
  statement: CheckpointStatement,
  signature: string,
  publicKey: KeyObject,
): boolean {
  return verify(
    null,
    Buffer.from(checkpointStatementText(statement), "utf8"),
    publicKey,
    Buffer.from(signature, "base64"),
  );
}

/** The statement a stored checkpoint row signed. */
export function statementOfRow(row: {
  kind: CheckpointStatement["kind"];
  hourBucket: Date | null;
  rowCount: bigint;
  headId: bigint | null;
  headHash: string;
  signedAt: Date;
  keyId: string;
}): CheckpointStatement {
  return {
    log: CHECKPOINT_LOG_NAME,
    kind: row.kind,
    hourBucket: row.hourBucket?.toISOString() ?? null,
    rowCount: Number(row.rowCount),
    headId: row.headId?.toString() ?? null,
    headHash: row.headHash,
    signedAt: row.signedAt.toISOString(),
    keyId: row.keyId,
  };
}
