"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import type { OneTimeSecretState } from "@/lib/admin/one-time-secret-state";
import { invitationLink } from "@/lib/admin/request-origin";
import { ROLE_LABELS } from "@/lib/admin/roles";
import { updateUser } from "@/lib/admin/update-user";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";

// Thin wrappers: every check (admin only, last admin, single use) lives in the mutations.

export async function updateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormMutation(updateUser, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin");
  const { name, role, active } = outcome.result;
  const what = formData.has("role")
    ? `${name} is now ${ROLE_LABELS[role].toLowerCase()}.`
    : `${name} is ${active ? "reactivated" : "deactivated"}.`;
  return { ok: true, message: what };
}

export async function createInvitationAction(
  _prev: OneTimeSecretState,
  formData: FormData,
): Promise<OneTimeSecretState> {
  const outcome = await runFormMutation(createInvitation, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/invitations");
  const { invitation, token } = outcome.result;
  return {
    ok: true,
    message: `Invitation created for ${invitation.email}. Copy the link below and send it to them: it is shown only now.`,
    secret: await invitationLink(token),
  };
}

export async function revokeInvitationAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await runFormMutation(revokeInvitation, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/invitations");
  return { ok: true, message: "Revoked." };
}

export async function revokeAnyApiTokenAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await runFormMutation(revokeApiToken, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/tokens");
  return { ok: true, message: "Revoked." };
}
