import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import { z } from "zod";
import { CHECKPOINT_LOG_NAME } from "@/lib/audit/checkpoint-statement";

// Checkpoints a third party kept: pages of `GET /api/v1/audit/checkpoints` saved as they
// were published. `npm run audit:verify -- --checkpoints <file>` checks the log against them,
// so a log rewritten inside the database (rows edited and re-hashed, checkpoints deleted,
// triggers bypassed by its owner) still fails: the rewritten chain no longer ends in the
// head hashes the saved, signed checkpoints name, and the deleted ones are missing.

const ZStatement = z.object({
  log: z.literal(CHECKPOINT_LOG_NAME),
  kind: z.enum(["HOURLY", "ON_DEMAND"]),
  hourBucket: z.string().nullable(),
  rowCount: z.number().int().nonnegative(),
  headId: z.string().nullable(),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: z.string(),
  keyId: z.string(),
});

const ZItem = z.object({ id: z.string(), statement: ZStatement, signature: z.string() });

/** One saved page (as the API served it), or a list of pages, or a bare list of items. */
const ZSaved = z.union([
  z.object({ publicKeyPem: z.string().nullable().optional(), items: z.array(ZItem) }),
  z.array(z.object({ publicKeyPem: z.string().nullable().optional(), items: z.array(ZItem) })),
  z.array(ZItem),
]);

export type SavedCheckpoint = z.output<typeof ZItem>;

export interface SavedCheckpoints {
  items: SavedCheckpoint[];
  /** The signing key the saved pages published (first one found), if any. */
  key: { publicKey: KeyObject; keyId: string } | null;
}

/** Reads saved checkpoint pages from JSON text. Throws with a readable message if malformed. */
export function parseSavedCheckpoints(json: string): SavedCheckpoints {
  const parsed = ZSaved.safeParse(JSON.parse(json));
  if (!parsed.success) {
    throw new Error(`not saved checkpoints (${parsed.error.issues[0]?.message ?? "bad shape"})`);
  }
  const pages = Array.isArray(parsed.data)
    ? parsed.data.every((p) => "items" in p)
      ? (parsed.data as { publicKeyPem?: string | null; items: SavedCheckpoint[] }[])
      : [{ items: parsed.data }]
    : [parsed.data];
  const pem = pages.find((p) => p.publicKeyPem)?.publicKeyPem;
  return { items: pages.flatMap((p) => p.items), key: pem ? keyFromPem(pem) : null };
}

/** A public key (SPKI PEM) with its id: hex SHA-256 of the raw 32-byte Ed25519 key. */
export function keyFromPem(pem: string): { publicKey: KeyObject; keyId: string } {
  const publicKey = createPublicKey(pem);
  const raw = Buffer.from(publicKey.export({ format: "jwk" }).x ?? "", "base64url");
  return { publicKey, keyId: createHash("sha256").update(raw).digest("hex") };
}
