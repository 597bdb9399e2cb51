"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { recaptureSource } from "@/lib/sources/recapture-source";

/** Saves a new capture of the source from its page; the page then says what changed. */
export async function recaptureAction(
  id: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData.set("id", id);
  const outcome = await runFormMutation(recaptureSource, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  redirect(`/sources/${id}?recaptured=${outcome.result.outcome}#captures`);
}
