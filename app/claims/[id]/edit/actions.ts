"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { updateClaim } from "@/lib/claims/update-claim";
import { describeConflict } from "@/lib/claims/describe-conflict";

export async function updateClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const outcome = await runFormMutation(updateClaim, user, formData, ["topicIds"]);
  if (outcome.ok) redirect(`/claims/${outcome.result.id}?saved=edit`);

  const { state } = outcome;
  const id = typeof state.values?.id === "string" ? state.values.id : "";
  if (state.code !== "CONFLICT" || !user || !id) return state;
  // Keep what the user typed, now based on the newer version, so saving again re-applies
  // their change on top of the other one; the conflict view shows both side by side.
  const conflict = await describeConflict(user, id, state.values ?? {});
  return {
    ...state,
    conflict,
    values: { ...state.values, version: String(conflict.version) },
  };
}
