import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { createSource } from "@/lib/sources/create-source";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";
import { findSourceIdByUrl } from "@/lib/sources/queries";
import { recaptureSource, type RecaptureResult } from "@/lib/sources/recapture-source";

export interface AddedSource {
  id: string;
  /** True when the address was already in the library: no new source was made. */
  existing: boolean;
  /** With `recapture`, what happened to the text sent for an existing source. */
  recapture?: RecaptureResult;
}

/**
 * Adding a source whose address is already stored opens the stored one instead of making
 * a duplicate. With `recapture`, the text sent becomes a new capture of the stored source
 * (or, when unchanged, confirms its latest capture), so a silently edited page is caught
 * rather than the new text dropped. Two analysts adding the same address at once both end
 * up on the one row: the loser of that race gets the unique-index conflict.
 */
export async function addSource(
  user: SessionUser | null,
  input: unknown,
  options: { recapture?: boolean } = {},
): Promise<AddedSource> {
  try {
    return { ...(await createSource.execute(user, input)), existing: false };
  } catch (error) {
    const existingId = await existingSourceAfter(error, input);
    if (!existingId) throw error;
    if (!options.recapture) return { id: existingId, existing: true };
    const { capturedText, captureMethod } = (input ?? {}) as Record<string, unknown>;
    const recapture = await recaptureSource.execute(user, {
      id: existingId,
      capturedText,
      captureMethod,
    });
    return { id: existingId, existing: true, recapture };
  }
}

async function existingSourceAfter(error: unknown, input: unknown): Promise<string | null> {
  if (!(error instanceof AppError) || error.code !== "CONFLICT") return null;
  const details = error.details as { existingId?: unknown } | undefined;
  if (typeof details?.existingId === "string") return details.existingId;
  const url = (input as { url?: unknown } | null)?.url;
  if (typeof url !== "string") return null;
  const normalized = normalizeSourceUrl(url);
  return normalized.ok ? findSourceIdByUrl(normalized.url) : null;
}
