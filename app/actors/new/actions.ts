"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { createActor } from "@/lib/actors/create-actor";

export async function createActorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(createActor, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  redirect(`/actors/${outcome.result.id}`);
}
