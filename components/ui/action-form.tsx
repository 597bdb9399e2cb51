"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { TextArea } from "@/components/ui/form-fields";
import { ConfirmSubmit, type Confirmation } from "@/components/ui/confirm-submit";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Values the form sends along, such as the record's id. */
  hidden: Record<string, string>;
  submitLabel: string;
  /** An optional comment box; its error and content survive a failed submit. */
  note?: { name: string; label: string; hint?: string; required?: boolean; maxLength?: number };
  tone?: "primary" | "danger" | "plain";
  /** For an irreversible step: the dialog that asks before the form is sent. */
  confirm?: Confirmation;
}

const TONES = {
  primary: "bg-blue-800 text-white hover:bg-blue-900",
  danger: "bg-red-800 text-white hover:bg-red-900",
  plain: "border border-stone-500 bg-white hover:bg-stone-100",
};

/** A one-button form for a workflow step (submit, approve, retract…), with its errors. */
export function ActionForm({
  action,
  hidden,
  submitLabel,
  note,
  tone = "primary",
  confirm,
}: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const noteValue = note ? state.values?.[note.name] : undefined;
  return (
    <form key={state.submission} action={formAction} noValidate className="mt-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.ok && state.message ? (
        <p role="status" className="mb-2 text-green-900">
          {state.message}
        </p>
      ) : null}
      {!state.ok && state.message && !(note && state.fieldErrors?.[note.name]) ? (
        <p role="alert" className="mb-2 font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
      {note ? (
        <TextArea
          name={note.name}
          label={note.label}
          hint={note.hint}
          required={note.required}
          maxLength={note.maxLength}
          rows={3}
          defaultValue={typeof noteValue === "string" ? noteValue : undefined}
          error={state.fieldErrors?.[note.name]}
        />
      ) : null}
      {confirm ? (
        <ConfirmSubmit
          confirm={confirm}
          label={pending ? "Working…" : submitLabel}
          disabled={pending}
          className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${TONES[tone]}`}
          confirmClassName={TONES[tone === "plain" ? "primary" : tone]}
        />
      ) : (
        <button
          type="submit"
          disabled={pending}
          className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${TONES[tone]}`}
        >
          {pending ? "Working…" : submitLabel}
        </button>
      )}
    </form>
  );
}
