import "server-only";
import { db } from "@/lib/db";
import type { CaptureMethod } from "@/lib/generated/prisma/enums";

// A source's capture history: every version of its text, oldest first.

export interface CaptureView {
  number: number;
  /** ISO 8601. */
  capturedAt: string;
  sha256: string;
  method: CaptureMethod;
  /** ISO 8601: when the page was last found to read exactly like this capture. */
  lastCheckedAt: string;
  length: number;
  /** Who captured it (members' reading only; the public reading names no team member). */
  capturedBy?: string;
}

export interface CaptureHistory {
  captures: CaptureView[];
  /** When a capture first differed from the first one ("changed since first capture"), else null. */
  changedAt: string | null;
}

/**
 * The capture history of one source (metadata only, not the texts); `reading` "internal"
 * adds who captured each version.
 */
export async function readCaptureHistory(
  sourceId: string,
  reading: "public" | "internal" = "public",
): Promise<CaptureHistory> {
  const rows = await db.$queryRaw<
    {
      number: number;
      capturedAt: Date;
      sha256: string;
      method: CaptureMethod;
      lastCheckedAt: Date;
      length: number;
      capturedBy: string;
    }[]
  >`
    SELECT c."number", c."capturedAt", c."sha256", c."method", c."lastCheckedAt",
           length(c."text")::int AS length, u."name" AS "capturedBy"
    FROM "SourceCapture" c JOIN "User" u ON u."id" = c."capturedById"
    WHERE c."sourceId" = ${sourceId}::uuid ORDER BY c."number"`;
  const captures = rows.map((r) => ({
    number: r.number,
    capturedAt: r.capturedAt.toISOString(),
    sha256: r.sha256,
    method: r.method,
    lastCheckedAt: r.lastCheckedAt.toISOString(),
    length: r.length,
    ...(reading === "internal" ? { capturedBy: r.capturedBy } : {}),
  }));
  const first = captures[0];
  const changed = first ? captures.find((c) => c.sha256 !== first.sha256) : undefined;
  return { captures, changedAt: changed?.capturedAt ?? null };
}

/** The texts of two captures of a source, for a diff; null when either does not exist. */
export async function readCapturePair(
  sourceId: string,
  from: number,
  to: number,
): Promise<{ from: string; to: string } | null> {
  const rows = await db.sourceCapture.findMany({
    where: { sourceId, number: { in: [from, to] } },
    select: { number: true, text: true },
  });
  const a = rows.find((r) => r.number === from);
  const b = rows.find((r) => r.number === to);
  return a && b ? { from: a.text, to: b.text } : null;
}

/** One capture's whole text with its SHA-256 and time, as stored; null when it does not exist. */
export async function readCaptureText(
  sourceId: string,
  number: number,
): Promise<{ text: string; sha256: string; capturedAt: Date } | null> {
  return db.sourceCapture.findUnique({
    where: { sourceId_number: { sourceId, number } },
    select: { text: true, sha256: true, capturedAt: true },
  });
}
