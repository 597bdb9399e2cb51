"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { formDataToObject } from "@/lib/forms/form-data";
import { updateClaim, type ClaimConflictDetails } from "@/lib/claims/update-claim";
import { applyConflictChoices, describeConflict } from "@/lib/claims/describe-conflict";

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
