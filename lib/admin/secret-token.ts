import { createHash, randomBytes } from "node:crypto";

// Secrets handed out once (invitation links, API tokens). Only their SHA-256 is stored, so a
// copy of the database cannot be used to accept an invitation or call the API. A plain hash
// is enough (no salt, no slow hash): the secrets are 256 random bits, not guessable words.

/** 32 random bytes as base64url (43 characters), with an optional recognisable prefix. */
export function newSecretToken(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** The stored form of a secret token: its SHA-256 as hex. */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
