"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import type { ActorView } from "@/lib/actors/actor-view";
import { CheckboxGroup, TextArea } from "@/components/ui/form-fields";
import { ActorFields } from "@/components/actors/actor-fields";
import { FormMessage } from "@/components/ui/form-message";
import { firstValue, submitButtonClass } from "@/components/ui/form-parts";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  actor: ActorView;
}

/**
 * Edits an actor's details and aliases. It opens with the saved values, and after a failed
 * save re-mounts with what was typed.
 */
export function ActorEditForm({ action, actor }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const removed = v?.removeAliasIds;
  return (
    <form key={state.submission} action={formAction} noValidate className="max-w-2xl">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={actor.id} />
      <ActorFields
        values={
          v
            ? {
                name: firstValue(v.name),
                kind: firstValue(v.kind),
                affiliation: firstValue(v.affiliation),
                description: firstValue(v.description),
              }
            : {
                name: actor.name,
                kind: actor.kind,
                affiliation: actor.affiliation ?? "",
                description: actor.description ?? "",
              }
        }
        errors={e}
      />
      {actor.aliases.length > 0 ? (
        <CheckboxGroup
          name="removeAliasIds"
          label="Remove aliases"
          options={actor.aliases.map((a) => ({ value: a.id, label: a.alias }))}
          defaultValues={Array.isArray(removed) ? removed : []}
          error={e.removeAliasIds}
        />
      ) : null}
      <TextArea
        name="addAliases"
        label="Add aliases"
        hint="One spelling per line. The current name is kept as an alias if you rename."
        rows={2}
        defaultValue={v ? firstValue(v.addAliases) : ""}
        error={e.addAliases ?? Object.entries(e).find(([k]) => k.startsWith("addAliases."))?.[1]}
      />
      <button type="submit" disabled={pending} className={submitButtonClass}>
        {pending ? "Saving…" : "Save changes"}
      </button>
    </form>
  );
}
