import { createHash } from "node:crypto";

/** Hex SHA-256 of a captured text's UTF-8 bytes, as stored in SourceCapture.sha256. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
