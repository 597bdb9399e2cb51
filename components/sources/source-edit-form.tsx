"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { SourceFields } from "@/components/sources/source-fields";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The source's current values, shown until a failed save returns what was typed. */
  current: Record<string, string>;
}

export function SourceEditForm({ action, current }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate className="max-w-2xl">
      <FormMessage state={state} />
      <SourceFields values={state.values ?? current} errors={state.fieldErrors ?? {}} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save changes"}
      </button>
    </form>
  );
}
