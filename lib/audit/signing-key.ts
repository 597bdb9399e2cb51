import "server-only";
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { env } from "@/lib/env";

// The Ed25519 key that signs audit checkpoints lives outside the database, so whoever owns the
// database cannot re-sign a rewritten log. It comes from CLAIMWATCH_AUDIT_SIGNING_KEY (PEM) or
// CLAIMWATCH_AUDIT_SIGNING_KEY_FILE; outside production (and in demo mode) a key is generated
// once into .data/audit-signing-key.pem, next to the embedded database.

export const GENERATED_KEY_FILE = join(process.cwd(), ".data", "audit-signing-key.pem");

export const MISSING_KEY_MESSAGE =
  "No audit signing key: set CLAIMWATCH_AUDIT_SIGNING_KEY_FILE (or CLAIMWATCH_AUDIT_SIGNING_KEY) " +
  "to an Ed25519 private key in PKCS#8 PEM, e.g. made with `openssl genpkey -algorithm ed25519`. " +
  "Until then no audit checkpoint is signed or published.";

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The raw 32-byte public key, base64url (RFC 8037 `x`). */
  publicKeyRaw: string;
  /** The public key as SPKI PEM, for `openssl pkeyutl -verify`. */
  publicKeyPem: string;
  /** Hex SHA-256 of the raw public key. */
  keyId: string;
}

export type SigningKeyResult = { ok: true; key: SigningKey } | { ok: false; message: string };

let cached: SigningKeyResult | undefined;

function generatedKeyPem(): string {
  if (!existsSync(GENERATED_KEY_FILE)) {
    mkdirSync(join(process.cwd(), ".data"), { recursive: true });
    const { privateKey } = generateKeyPairSync("ed25519");
    const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    // "wx": two processes racing to create it keep the first one's key.
    try {
      writeFileSync(GENERATED_KEY_FILE, pem, { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return readFileSync(GENERATED_KEY_FILE, "utf8");
}

function keyPem(): string | null {
  const e = env();
  if (e.CLAIMWATCH_AUDIT_SIGNING_KEY) return e.CLAIMWATCH_AUDIT_SIGNING_KEY.replace(/\\n/g, "\n");
  if (e.CLAIMWATCH_AUDIT_SIGNING_KEY_FILE) {
    return readFileSync(e.CLAIMWATCH_AUDIT_SIGNING_KEY_FILE, "utf8");
  }
  if (e.NODE_ENV !== "production" || e.CLAIMWATCH_DEMO === "1") return generatedKeyPem();
  return null;
}

/** Describes a key object for publication. */
export function describeKey(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new Error("The audit signing key must be an Ed25519 key");
  }
  const publicKey = createPublicKey(privateKey);
  const jwk = publicKey.export({ format: "jwk" });
  const raw = Buffer.from(jwk.x ?? "", "base64url");
  return {
    privateKey,
    publicKey,
    publicKeyRaw: raw.toString("base64url"),
    publicKeyPem: publicKey.export({ format: "pem", type: "spki" }).toString(),
    keyId: createHash("sha256").update(raw).digest("hex"),
  };
}

/** The configured signing key, or why there is none. Read once per process. */
export function auditSigningKey(): SigningKeyResult {
  if (cached) return cached;
  try {
    const pem = keyPem();
    cached = pem
      ? { ok: true, key: describeKey(createPrivateKey(pem)) }
      : { ok: false, message: MISSING_KEY_MESSAGE };
  } catch (error) {
    cached = {
      ok: false,
      message: `The audit signing key cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return cached;
}
