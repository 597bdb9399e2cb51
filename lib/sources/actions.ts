"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { formDataToObject } from "@/lib/forms/form-data";
import { addSource } from "@/lib/sources/add-source";
import { createSource } from "@/lib/sources/create-source";
import { updateSource } from "@/lib/sources/update-source";
import { recaptureSource } from "@/lib/sources/recapture-source";

const RECAPTURE_OFFER =
  "This address is already in the source library, so no new source was added. Your text is kept below: save it as a new capture of that source to record what the page says now.";

/**
 * Adds the source. When its address is already in the library, the text is not dropped: the
 * form comes back with it and offers to save it as a new capture of the stored source, which
 * the second submission (`recapture=1`) does.
 */
export async function createSourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const recapture = formData.get("recapture") === "1";
  const outcome = await runFormMutation(
    {
      action: createSource.action,
      execute: (user, input) => addSource(user, input, { recapture }),
    },
    await getCurrentUser(),
    formData,
  );
  if (!outcome.ok) return outcome.state;
  const { id, existing, recapture: result } = outcome.result;
  if (existing && !result) {
    return {
      ok: false,
      code: "CONFLICT",
      message: RECAPTURE_OFFER,
      fieldErrors: { url: "Already in the library" },
      values: formDataToObject(formData),
      submission: randomUUID(),
    };
  }
  redirect(result ? `/sources/${id}?recaptured=${result.outcome}` : `/sources/${id}`);
}

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
