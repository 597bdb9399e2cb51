"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { submitForReview } from "@/lib/review/submit-for-review";
import { retractClaim } from "@/lib/review/retract-claim";

export async function submitForReviewAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await runFormMutation(submitForReview, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/claims/[id]", "page");
  return { ok: true, message: "Submitted for review. A second team member will review it." };
}

export async function retractAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(retractClaim, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/claims/[id]", "page");
  return { ok: true, message: "Retracted. The correction note is now shown on the claim." };
}
