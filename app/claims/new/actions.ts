"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { createClaim } from "@/lib/claims/create-claim";

export async function createClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(createClaim, await getCurrentUser(), formData, [
    "topicIds",
  ]);
  if (!outcome.ok) return outcome.state;
  redirect(`/claims/${outcome.result.id}?saved=new`);
}
