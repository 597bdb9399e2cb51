"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { TextArea } from "@/components/ui/form-fields";
import { ActorFields } from "@/components/actors/actor-fields";
import { FormMessage } from "@/components/ui/form-message";
import { firstValue, submitButtonClass } from "@/components/ui/form-parts";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

/** A new actor; after a failed save it re-mounts with exactly what was typed. */
export function ActorCreateForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form key={state.submission} action={formAction} noValidate className="max-w-2xl">
      <FormMessage state={state} />
      <ActorFields
        values={{
          name: firstValue(v.name),
          kind: firstValue(v.kind),
          affiliation: firstValue(v.affiliation),
          description: firstValue(v.description),
        }}
        errors={e}
      />
      <TextArea
        name="aliases"
        label="Aliases"
        hint="Other spellings and transliterations, one per line (for example: Rustam Umarov)."
        rows={3}
        defaultValue={firstValue(v.aliases)}
        error={e.aliases ?? Object.entries(e).find(([k]) => k.startsWith("aliases."))?.[1]}
      />
      <button type="submit" disabled={pending} className={submitButtonClass}>
        {pending ? "Creating…" : "Create actor"}
      </button>
    </form>
  );
}
