"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { approveReview } from "@/lib/review/approve-review";
import { requestChanges } from "@/lib/review/request-changes";

export async function approveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(approveReview, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/review");
  return { ok: true, message: "Approved and published." };
}

export async function requestChangesAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await runFormMutation(requestChanges, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/review");
  return { ok: true, message: "Sent back to the author with your comment." };
}
