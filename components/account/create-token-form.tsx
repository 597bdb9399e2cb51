"use client";

import { useActionState } from "react";
import type { OneTimeSecretState } from "@/lib/admin/one-time-secret-state";
import { TOKEN_NAME_MAX } from "@/lib/api-tokens/schemas";
import { TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { OneTimeSecret } from "@/components/account/one-time-secret";

type Action = (state: OneTimeSecretState, formData: FormData) => Promise<OneTimeSecretState>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Names a new token; on success the token is shown this once. */
export function CreateTokenForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState<OneTimeSecretState, FormData>(action, {
    ok: false,
  });
  return (
    <>
      <FormMessage state={state} />
      {state.ok && state.secret ? (
        <OneTimeSecret id="new-api-token" label="Your new API token" value={state.secret} />
      ) : null}
      <form key={state.submission} action={formAction} noValidate className="max-w-xl">
        <TextField
          name="name"
          label="Token name"
          required
          maxLength={TOKEN_NAME_MAX}
          hint="What will use it, e.g. “nightly export script”."
          defaultValue={one(state.values?.name)}
          error={state.fieldErrors?.name}
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
        >
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
    </>
  );
}
