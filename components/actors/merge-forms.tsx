"use client";

import { useActionState, useState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { ClaimantPicker } from "@/components/actors/claimant-picker";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { firstValue, submitButtonClass } from "@/components/ui/form-parts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface Props {
  action: Action;
  actor: { id: string; name: string };
}

/**
 * One merge direction: `fixed` is this actor's role in the merge (the duplicate `id`, or the
 * survivor `intoId`); the picker chooses the other actor.
 */
function MergeForm({
  action,
  actorId,
  actorName,
  fixed,
  title,
  label,
  submit,
}: {
  action: Action;
  actorId: string;
  actorName: string;
  fixed: "id" | "intoId";
  title: string;
  label: string;
  submit: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const picked = fixed === "id" ? "intoId" : "id";
  const v = state.values ?? {};
  const chosenId = firstValue(v[picked]);
  const chosenName = firstValue(v[`${picked}Label`]);
  const [other, setOther] = useState(chosenName);
  const [duplicate, survivor] = fixed === "id" ? [actorName, other] : [other, actorName];
  return (
    <form key={state.submission} action={formAction} noValidate className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-semibold">{title}</h3>
      <FormMessage state={state} />
      <input type="hidden" name={fixed} value={actorId} />
      <ClaimantPicker
        name={picked}
        label={label}
        required
        defaultValue={chosenId && chosenName ? { id: chosenId, name: chosenName } : undefined}
        error={state.fieldErrors?.[picked]}
        canCreate={false}
        onChange={(actor) => setOther(actor?.label)}
      />
      <ConfirmSubmit
        label={pending ? "Merging…" : submit}
        disabled={pending}
        className={submitButtonClass}
        confirmClassName="bg-red-800 text-white hover:bg-red-900"
        confirm={{
          title: `${title}?`,
          body: (
            <p>
              {duplicate && survivor ? (
                <>
                  <strong>{duplicate}</strong>&apos;s claims, revisions, name and aliases move to{" "}
                  <strong>{survivor}</strong>, which survives; {duplicate}&apos;s page leads there
                  from then on.
                </>
              ) : (
                <>
                  The duplicate&apos;s claims, revisions, name and aliases move to the actor that
                  survives, and the duplicate&apos;s page leads there from then on.
                </>
              )}{" "}
              A merge cannot be undone.
            </p>
          ),
        }}
      />
    </form>
  );
}

/**
 * Merging duplicates, either way round. The duplicate's claims, revisions, name and aliases
 * go to the actor that survives; the duplicate's page then leads to it.
 */
export function MergeForms({ action, actor }: Props) {
  return (
    <>
      <MergeForm
        action={action}
        actorId={actor.id}
        actorName={actor.name}
        fixed="intoId"
        title={`Merge a duplicate into ${actor.name}`}
        label="Duplicate to merge into this actor"
        submit="Merge into this actor"
      />
      <MergeForm
        action={action}
        actorId={actor.id}
        actorName={actor.name}
        fixed="id"
        title={`Merge ${actor.name} into another actor`}
        label="Actor to merge this one into"
        submit="Merge this actor away"
      />
    </>
  );
}
