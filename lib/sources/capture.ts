import { createHash } from "node:crypto";

/** Hex SHA-256 of a captured text, as stored in Source.capturedSha256. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
