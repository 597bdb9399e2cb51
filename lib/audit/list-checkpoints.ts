import "server-only";
import { type z } from "zod";
import { db } from "@/lib/db";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { statementOfRow, type CheckpointStatement } from "@/lib/audit/checkpoint-statement";
import { auditSigningKey } from "@/lib/audit/signing-key";
import type { ZCheckpointQuery } from "@/lib/audit/schemas";

export const CHECKPOINT_PAGE_SIZE = 100;

export interface PublishedCheckpoint {
  id: string;
  /** The signed statement: re-create its RFC 8785 text to check `signature`. */
  statement: CheckpointStatement;
  /** Base64 Ed25519 signature. */
  signature: string;
}

export interface CheckpointPage {
  algorithm: "Ed25519";
  /** Raw 32-byte public key, base64url; null when no signing key is configured. */
  publicKey: string | null;
  publicKeyPem: string | null;
  keyId: string | null;
  items: PublishedCheckpoint[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

async function readCheckpoints(cursor: string | null): Promise<CheckpointPage> {
  const rows = await db.auditCheckpoint.findMany({
    where: cursor ? { id: { lt: BigInt(cursor) } } : {},
    orderBy: { id: "desc" },
    take: CHECKPOINT_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, CHECKPOINT_PAGE_SIZE);
  const signing = auditSigningKey();
  return {
    algorithm: "Ed25519",
    publicKey: signing.ok ? signing.key.publicKeyRaw : null,
    publicKeyPem: signing.ok ? signing.key.publicKeyPem : null,
    keyId: signing.ok ? signing.key.keyId : null,
    items: page.map((c) => ({
      id: c.id.toString(),
      statement: statementOfRow(c),
      signature: c.signature,
    })),
    nextCursor: rows.length > CHECKPOINT_PAGE_SIZE ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}

const readCached = cachedPublicQuery("audit.checkpoints", readCheckpoints);

/**
 * Published audit checkpoints, newest first, with the key that signs them. Public: the
 * statements hold counts and hashes only, nothing from the log itself.
 */
export function listCheckpoints(query: z.output<typeof ZCheckpointQuery>): Promise<CheckpointPage> {
  return readCached(query.cursor ?? null);
}
