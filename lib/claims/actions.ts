"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { createClaim } from "@/lib/claims/create-claim";
import { revalidatePath } from "next/cache";
import { submitForReview } from "@/lib/review/submit-for-review";
import { retractClaim } from "@/lib/review/retract-claim";
import { randomUUID } from "node:crypto";
import { formDataToObject } from "@/lib/forms/form-data";
import { updateClaim, type ClaimConflictDetails } from "@/lib/claims/update-claim";
import { applyConflictChoices, describeConflict } from "@/lib/claims/describe-conflict";

export async function createClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(createClaim, await getCurrentUser(), formData, [
    "topicIds",
  ]);
  if (!outcome.ok) return outcome.state;
  redirect(`/claims/${outcome.result.id}?saved=new`);
}

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

const LISTS = ["topicIds", "mine.topicIds"];

export async function updateClaimAction(prev: FormState, formData: FormData): Promise<FormState> {
  const typed = formDataToObject(formData, LISTS);
  const values = structuredClone(typed);
  const unchosen = applyConflictChoices(values);
  if (Object.keys(unchosen).length > 0 && prev.conflict) {
    return {
      ok: false,
      code: "CONFLICT",
      message: "Choose, for each field you both changed, which version to keep.",
      fieldErrors: unchosen,
      values: typed,
      submission: randomUUID(),
      conflict: prev.conflict,
    };
  }
  const user = await getCurrentUser();
  const outcome = await runFormMutation(updateClaim, user, values);
  if (outcome.ok) {
    const { id, merged } = outcome.result;
    redirect(`/claims/${id}?saved=${merged.length > 0 ? "merged" : "edit"}`);
  }
  const { details, ...state } = outcome.state;
  const id = typeof values.id === "string" ? values.id : "";
  if (state.code !== "CONFLICT" || !details || !id) return state;
  // Continue from the three-way merge, against the newer version: their saves are kept,
  // and each field both changed waits for the user's explicit choice.
  const described = await describeConflict(id, details as ClaimConflictDetails, values);
  return { ...state, ...described };
}
