import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/mutation";
import { sha256Hex } from "@/lib/sources/capture";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";

// Wherever an address is entered with a text (the new-source form, intake), the analyst is
// told when the address is already stored and whether the text still reads like its latest
// capture, so a silently edited page is offered as a new capture instead of being dropped.

export interface StoredSourceMatch {
  id: string;
  title: string;
  /** The latest capture's number and time (ISO 8601), or null when none was taken. */
  latestCapture: { number: number; capturedAt: string; sha256: string } | null;
  /** The text sent has the latest capture's SHA-256 (line ends unified to LF first). */
  sameText: boolean;
}

/**
 * The stored source at `url` (normalised as the library stores it) compared with `text`, or
 * null when the address is new or not a valid address. Analyst and above (`source.create`).
 */
export async function findStoredSource(
  user: SessionUser | null,
  url: string,
  text: string,
): Promise<StoredSourceMatch | null> {
  authorize(user, "source.create");
  const normalized = normalizeSourceUrl(url.trim());
  if (!normalized.ok) return null;
  const source = await db.source.findUnique({
    where: { url: normalized.url },
    select: {
      id: true,
      title: true,
      captures: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, capturedAt: true, sha256: true },
      },
    },
  });
  if (!source) return null;
  const latest = source.captures[0];
  return {
    id: source.id,
    title: source.title,
    latestCapture: latest
      ? {
          number: latest.number,
          capturedAt: latest.capturedAt.toISOString(),
          sha256: latest.sha256,
        }
      : null,
    sameText: latest?.sha256 === sha256Hex(text.replace(/\r\n?/g, "\n")),
  };
}
