"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { updateActor } from "@/lib/actors/update-actor";
import { mergeActors } from "@/lib/actors/merge-actors";
import { createActor } from "@/lib/actors/create-actor";

export async function updateActorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(updateActor, await getCurrentUser(), formData, [
    "removeAliasIds",
  ]);
  if (!outcome.ok) return outcome.state;
  redirect(`/actors/${outcome.result.id}?saved=1`);
}

/** Either direction of a merge; the survivor's page follows. */
export async function mergeActorsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(mergeActors, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  redirect(`/actors/${outcome.result.intoId}?merged=${outcome.result.id}`);
}

export async function createActorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(createActor, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  redirect(`/actors/${outcome.result.id}`);
}
