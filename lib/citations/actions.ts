"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import type { Mutation } from "@/lib/mutation";
import { correctCitation } from "@/lib/citations/correct-citation";
import { withdrawCitation } from "@/lib/citations/withdraw-citation";
import { createCitation } from "@/lib/citations/create-citation";

/** Runs a mutation on one citation of a claim from a form, and says what happened. */
async function onCitation<T>(
  mutation: Mutation<unknown, T>,
  ids: { claimId: string; citationId: string },
  formData: FormData,
  done: (result: T) => string,
): Promise<FormState> {
  formData.set("claimId", ids.claimId);
  formData.set("citationId", ids.citationId);
  const outcome = await runFormMutation(mutation, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/claims/${ids.claimId}`);
  return { ok: true, message: done(outcome.result), submission: randomUUID() };
}

/** A citation's "Correct" form; the claim and citation ids are bound in by the page. */
export async function correctCitationAction(
  claimId: string,
  citationId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return onCitation(
    correctCitation,
    { claimId, citationId },
    formData,
    (r) =>
      `Correction saved${r.foundInCapture ? "" : " (the quote was not found in the captured copy)"}. It becomes public once a reviewer approves it.`,
  );
}

/** A citation's "Withdraw" form. */
export async function withdrawCitationAction(
  claimId: string,
  citationId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return onCitation(withdrawCitation, { claimId, citationId }, formData, (r) =>
    r.pendingReview
      ? "Withdrawal recorded. The citation stays public until a reviewer approves the withdrawal."
      : "Citation withdrawn. It stays in the claim's history.",
  );
}

/** The claim page's "Add citation" form; the claim id is bound in by the page. */
export async function addCitationAction(
  claimId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData.set("claimId", claimId);
  const outcome = await runFormMutation(createCitation, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/claims/${claimId}`);
  return {
    ok: true,
    message: outcome.result.foundInCapture
      ? "Citation added: the quote was found in the captured copy. It becomes public once a reviewer approves it."
      : "Citation added, but the quote was not found in the captured copy: check it against the source. It becomes public once a reviewer approves it.",
    submission: randomUUID(),
  };
}
