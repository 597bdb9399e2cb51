// The Ed25519 key that signs audit checkpoints, for servers the scripts start themselves
// (`npm start` on the embedded database, the test and bench servers). A deployment brings its
// own key (README: CLAIMWATCH_AUDIT_SIGNING_KEY_FILE).
import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Makes an Ed25519 private key (PKCS#8 PEM, mode 0600) at `file` unless one is there. */
export function ensureAuditSigningKey(file: string): { file: string; created: boolean } {
  if (existsSync(file)) return { file, created: false };
  mkdirSync(dirname(file), { recursive: true });
  const { privateKey } = generateKeyPairSync("ed25519");
  writeFileSync(file, privateKey.export({ format: "pem", type: "pkcs8" }), { mode: 0o600 });
  return { file, created: true };
}
