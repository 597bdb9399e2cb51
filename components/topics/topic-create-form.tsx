"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { firstValue, submitButtonClass } from "@/components/ui/form-parts";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

export function TopicCreateForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <TextField
        name="name"
        label="Topic name"
        required
        maxLength={100}
        defaultValue={firstValue(state.values?.name)}
        error={state.fieldErrors?.name}
      />
      <button type="submit" disabled={pending} className={submitButtonClass}>
        {pending ? "Creating…" : "Create topic"}
      </button>
    </form>
  );
}
