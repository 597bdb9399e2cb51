"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import type { OneTimeSecretState } from "@/lib/admin/one-time-secret-state";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";

export async function createApiTokenAction(
  _prev: OneTimeSecretState,
  formData: FormData,
): Promise<OneTimeSecretState> {
  const outcome = await runFormMutation(createApiToken, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/account/tokens");
  const { apiToken, token } = outcome.result;
  return {
    ok: true,
    message: `Token “${apiToken.name}” created. Copy it now: it is shown only once.`,
    secret: token,
  };
}

export async function revokeApiTokenAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await runFormMutation(revokeApiToken, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/account/tokens");
  return { ok: true, message: "Revoked." };
}
