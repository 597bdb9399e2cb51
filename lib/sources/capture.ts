import { createHash } from "node:crypto";

/** Hex SHA-256 of a captured text, as stored in Source.capturedSha256. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export interface CapturedCopy {
  capturedText: string;
  capturedAt: Date;
  capturedSha256: string;
}

/**
 * The captured copy of a source: its text, when it was taken, and the text's SHA-256, so a
 * later reader can tell whether the copy a quote was checked against is still the same.
 */
export function captureCopy(text: string, at: Date = new Date()): CapturedCopy {
  return { capturedText: text, capturedAt: at, capturedSha256: sha256Hex(text) };
}
