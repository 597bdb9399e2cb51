"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_OPTIONS } from "@/lib/admin/roles";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * One user's role: a select and a save button inside a table row. Its ids carry the user's
 * id, since every row has one (the shared SelectField names its control after the field).
 */
export function UserRoleForm({
  action,
  user,
}: {
  action: Action;
  user: { id: string; name: string; role: Role };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const selectId = `role-${user.id}`;
  const errorId = `role-${user.id}-error`;
  const error = state.ok ? undefined : (state.fieldErrors?.role ?? state.message);
  const typed = state.values?.role;
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={user.id} />
      <label htmlFor={selectId} className="sr-only">
        Role for {user.name}
      </label>
      <select
        // Re-mounts when the saved role changes, so the select shows it after a save.
        key={`${user.role}-${state.submission ?? ""}`}
        id={selectId}
        name="role"
        defaultValue={typeof typed === "string" ? typed : user.role}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="rounded border border-stone-400 bg-white px-2 py-1 aria-[invalid=true]:border-red-700"
      >
        {ROLE_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-stone-500 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save role"}
      </button>
      {error ? (
        <p id={errorId} role="alert" className="w-full text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      {state.ok && state.message ? (
        <p role="status" className="w-full text-sm text-green-900">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
