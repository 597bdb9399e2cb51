"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { AppError } from "@/lib/errors";
import { formDataToObject } from "@/lib/forms/form-data";
import { logUnexpected } from "@/lib/log";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { openBrowserSession } from "@/lib/auth/open-browser-session";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";

/**
 * Creates the invited person's account and signs them in (holding the single-use link and
 * having just chosen a password proves who they are), then opens their dashboard. (Not
 * runFormMutation: acceptInvitation is the one write made by someone not signed in; see its
 * comment.)
 */
export async function acceptInvitationAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const { password: _p, confirmPassword: _c, ...values } = formDataToObject(formData);
  try {
    const account = await acceptInvitation(formDataToObject(formData));
    await openBrowserSession(
      { id: account.userId, email: account.email, name: account.name },
      SESSION_MAX_AGE_SECONDS,
    );
  } catch (error) {
    // Passwords are never sent back to the page; everything else typed is.
    const failed = { ok: false, values, submission: randomUUID() };
    if (error instanceof AppError) {
      return { ...failed, code: error.code, message: error.message, fieldErrors: error.fields };
    }
    const requestId = logUnexpected("invite", error);
    return {
      ...failed,
      message: `Something went wrong on our side (reference ${requestId}). Try again.`,
    };
  }
  redirect("/dashboard?notice=account-created");
}
