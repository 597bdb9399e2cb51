"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { createTopic } from "@/lib/topics/create-topic";
import { updateTopic } from "@/lib/topics/update-topic";

export async function createTopicAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(createTopic, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  redirect(`/topics/${encodeURIComponent(outcome.result.slug)}`);
}

/** Rename, archive or unarchive; the topic's page follows. */
export async function updateTopicAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(updateTopic, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  redirect(`/topics/${encodeURIComponent(outcome.result.slug)}?saved=1`);
}
