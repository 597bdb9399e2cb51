"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { recordOutcome } from "@/lib/outcomes/record-outcome";

/** The claim page's "Record outcome" form. On success the form clears and the page reloads. */
export async function recordOutcomeAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await runFormMutation(recordOutcome, await getCurrentUser(), formData, [
    "sourceIds",
  ]);
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/claims/${outcome.result.claimId}`);
  return { ok: true, message: "Outcome update recorded.", submission: randomUUID() };
}
