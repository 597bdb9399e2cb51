import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { createSource } from "@/lib/sources/create-source";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";
import { findSourceIdByUrl } from "@/lib/sources/queries";

export interface AddedSource {
  id: string;
  /** True when the address was already in the library: nothing was written, open this one. */
  existing: boolean;
}

/**
 * Adding a source whose address is already stored opens the stored one instead of making
 * a duplicate. Two analysts adding the same address at once both end up on the one row:
 * the loser of that race gets the unique-index conflict, and is sent to the winner's row.
 */
export async function addSource(user: SessionUser | null, input: unknown): Promise<AddedSource> {
  try {
    return { ...(await createSource.execute(user, input)), existing: false };
  } catch (error) {
    const existingId = await existingSourceAfter(error, input);
    if (existingId) return { id: existingId, existing: true };
    throw error;
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
