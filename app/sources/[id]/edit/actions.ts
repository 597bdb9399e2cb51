"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { updateSource } from "@/lib/sources/update-source";

export async function updateSourceAction(
  id: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData.set("id", id);
  const outcome = await runFormMutation(updateSource, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  redirect(`/sources/${id}?saved=1`);
}
