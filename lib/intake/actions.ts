"use server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError, type FieldErrors } from "@/lib/errors";
import { logUnexpected } from "@/lib/log";
import { previewCandidates, type CandidateView } from "@/lib/intake/preview-candidates";
import { submitIntake, type IntakeResult } from "@/lib/intake/create-intake";
import { loadSourceForIntake } from "@/lib/intake/queries";
import { findStoredSource, type StoredSourceMatch } from "@/lib/sources/stored-source";
import type { TCandidatesRequest, TIntakeInput } from "@/lib/intake/schemas";

export type Failure = { ok: false; message: string; fieldErrors?: FieldErrors };
export type ScanResult =
  | {
      ok: true;
      text: string;
      candidates: CandidateView[];
      sourceId: string | null;
      /** The pasted address is already in the library: offer a new capture of it. */
      stored: StoredSourceMatch | null;
    }
  | Failure;

function failure(error: unknown): Failure {
  if (error instanceof AppError)
    return { ok: false, message: error.message, fieldErrors: error.fields };
  const requestId = logUnexpected("intake", error);
  return {
    ok: false,
    message: `Something went wrong on our side (reference ${requestId}). Your text is kept; try again.`,
  };
}

/** Scans pasted text, or a picked source's captured copy, for candidates. Stores nothing. */
export async function scanArticleAction(
  input: TCandidatesRequest & { sourceId?: string | null },
): Promise<ScanResult> {
  try {
    const user = await getCurrentUser();
    if (input.sourceId) {
      const source = await loadSourceForIntake(user, input.sourceId);
      const { candidates } = await previewCandidates(user, {
        text: source.capturedText,
        publishedAt: source.publishedAt,
      });
      return { ok: true, text: source.capturedText, candidates, sourceId: source.id, stored: null };
    }
    const { candidates } = await previewCandidates(user, input);
    const text = String(input.text ?? "").replace(/\r\n?/g, "\n");
    const stored = input.url ? await findStoredSource(user, input.url, text) : null;
    return { ok: true, text, candidates, sourceId: null, stored };
  } catch (error) {
    return failure(error);
  }
}

/**
 * Creates the source and the ticked candidates in one transaction. Idempotent: the page
 * sends one key per submission (`idempotencyKey`), so a double press gets the first answer.
 */
export async function createIntakeAction(
  input: TIntakeInput,
): Promise<{ ok: true; result: IntakeResult } | Failure> {
  try {
    const { result } = await submitIntake(await getCurrentUser(), input);
    return { ok: true, result };
  } catch (error) {
    return failure(error);
  }
}
