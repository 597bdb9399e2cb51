"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { NAME_MAX, PASSWORD_MIN } from "@/lib/invitations/schemas";
import { TextField } from "@/components/ui/form-fields";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The invited person's name and password; the token travels as a hidden field. */
export function AcceptInvitationForm({ action, token }: { action: Action; token: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  // A message that is not about one field (the link was used meanwhile, the account exists).
  const general = state.message && !["name", "password", "confirmPassword"].some((f) => e[f]);
  return (
    <form key={state.submission} action={formAction} noValidate className="max-w-sm">
      <FormMessage
        state={{
          ok: false,
          message: general ? state.message : undefined,
          submission: state.submission,
        }}
      />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="name"
        label="Your name"
        required
        maxLength={NAME_MAX}
        autoComplete="name"
        hint="As your colleagues will see it."
        defaultValue={one(state.values?.name)}
        error={e.name}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        required
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
        error={e.password}
      />
      <TextField
        name="confirmPassword"
        label="Confirm password"
        type="password"
        required
        autoComplete="new-password"
        error={e.confirmPassword}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
