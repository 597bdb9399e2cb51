"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { correctCitation } from "@/lib/citations/correct-citation";
import { withdrawCitation } from "@/lib/citations/withdraw-citation";

/** A citation's "Correct" form; the claim and citation ids are bound in by the page. */
export async function correctCitationAction(
  claimId: string,
  citationId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData.set("claimId", claimId);
  formData.set("citationId", citationId);
  const outcome = await runFormMutation(correctCitation, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/claims/${claimId}`);
  return {
    ok: true,
    message: `Correction saved${outcome.result.foundInCapture ? "" : " (the quote was not found in the captured copy)"}. It becomes public once a reviewer approves it.`,
    submission: randomUUID(),
  };
}

/** A citation's "Withdraw" form. */
export async function withdrawCitationAction(
  claimId: string,
  citationId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData.set("claimId", claimId);
  formData.set("citationId", citationId);
  const outcome = await runFormMutation(withdrawCitation, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/claims/${claimId}`);
  return {
    ok: true,
    message: outcome.result.pendingReview
      ? "Withdrawal recorded. The citation stays public until a reviewer approves the withdrawal."
      : "Citation withdrawn. It stays in the claim's history.",
    submission: randomUUID(),
  };
}
