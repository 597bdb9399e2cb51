"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { requestCheckpoint } from "@/lib/audit/checkpoints";

/** An admin records a signed checkpoint of the audit log now. */
export async function requestCheckpointAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await runFormMutation(requestCheckpoint, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/audit");
  return {
    ok: true,
    message: `Checkpoint ${outcome.result.id} signed and published at /api/v1/audit/checkpoints.`,
  };
}
