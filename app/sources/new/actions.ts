"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { addSource } from "@/lib/sources/add-source";
import { createSource } from "@/lib/sources/create-source";

/** Adds the source, or opens the stored one when its address is already in the library. */
export async function createSourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(
    { action: createSource.action, execute: addSource },
    await getCurrentUser(),
    formData,
  );
  if (!outcome.ok) return outcome.state;
  const { id, existing } = outcome.result;
  redirect(existing ? `/sources/${id}?existing=1` : `/sources/${id}`);
}
