"use client";

import { useActionState } from "react";
import type { OneTimeSecretState } from "@/lib/admin/one-time-secret-state";
import { ROLE_OPTIONS } from "@/lib/admin/roles";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { OneTimeSecret } from "@/components/account/one-time-secret";

type Action = (state: OneTimeSecretState, formData: FormData) => Promise<OneTimeSecretState>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Invite by email with a role; on success the link is shown this once, to copy and send. */
export function InviteForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState<OneTimeSecretState, FormData>(action, {
    ok: false,
  });
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <>
      <FormMessage state={state} />
      {state.ok && state.secret ? (
        <OneTimeSecret id="invitation-link" label="Invitation link" value={state.secret} />
      ) : null}
      <form key={state.submission} action={formAction} noValidate className="max-w-xl">
        <TextField
          name="email"
          label="Email address"
          type="email"
          required
          maxLength={254}
          hint="Their account will use this address; it can be accepted only once, within 7 days."
          defaultValue={one(v.email)}
          error={e.email}
        />
        <SelectField
          name="role"
          label="Role"
          required
          options={ROLE_OPTIONS}
          defaultValue={one(v.role) ?? "VIEWER"}
          error={e.role}
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
        >
          {pending ? "Creating…" : "Create invitation link"}
        </button>
      </form>
    </>
  );
}
