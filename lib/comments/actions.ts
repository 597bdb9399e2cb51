"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { createComment } from "@/lib/comments/create-comment";

/** The claim page's comment box. */
export async function createCommentAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await runFormMutation(createComment, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/claims/${outcome.result.claimId}`);
  return { ok: true, message: "Comment posted.", submission: randomUUID() };
}
