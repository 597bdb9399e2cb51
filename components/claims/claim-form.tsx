"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { KIND_HINTS, KIND_LABELS } from "@/lib/scales";
import { ClaimKind } from "@/lib/generated/prisma/enums";
import {
  CheckboxField,
  CheckboxGroup,
  SelectField,
  TextArea,
  TextField,
} from "@/components/ui/form-fields";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  actors: { id: string; name: string; affiliation: string | null }[];
  topics: { id: string; name: string }[];
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The claim form; after a failed save it re-mounts with exactly what was typed. */
export function ClaimForm({ action, actors, topics }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const topicValues = v.topicIds;
  return (
    <form key={state.submission} action={formAction} noValidate className="max-w-2xl">
      {state.message && !state.ok ? (
        <p role="alert" className="mb-6 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
      ) : null}
      <TextArea
        name="statement"
        label="Statement"
        hint="The claimant's exact words where there are any; otherwise a faithful paraphrase."
        required
        rows={4}
        defaultValue={one(v.statement)}
        error={e.statement}
      />
      <CheckboxField
        name="isVerbatim"
        label="Verbatim quote"
        hint="Leave unticked for a paraphrase; it is shown as such."
        defaultChecked={one(v.isVerbatim) === "on"}
        error={e.isVerbatim}
      />
      <SelectField
        name="claimantId"
        label="Claimant"
        required
        placeholder="Choose who made the claim…"
        options={actors.map((a) => ({
          value: a.id,
          label: a.affiliation ? `${a.name} (${a.affiliation})` : a.name,
        }))}
        defaultValue={one(v.claimantId)}
        error={e.claimantId}
      />
      <TextField
        name="claimantRole"
        label="Claimant's role at the time"
        hint="For example: Ukraine's chief negotiator and defense minister"
        defaultValue={one(v.claimantRole)}
        error={e.claimantRole}
      />
      <TextField
        name="madeAt"
        label="Date made"
        type="date"
        required
        defaultValue={one(v.madeAt)}
        error={e.madeAt}
      />
      <SelectField
        name="kind"
        label="Kind"
        required
        options={Object.values(ClaimKind).map((k) => ({
          value: k,
          label: `${KIND_LABELS[k]} — ${KIND_HINTS[k]}`,
        }))}
        defaultValue={one(v.kind)}
        error={e.kind}
      />
      {topics.length > 0 ? (
        <CheckboxGroup
          name="topicIds"
          label="Topics"
          options={topics.map((t) => ({ value: t.id, label: t.name }))}
          defaultValues={Array.isArray(topicValues) ? topicValues : []}
          error={e.topicIds}
        />
      ) : null}
      <TextArea
        name="resolutionCriteria"
        label="Resolution criteria"
        hint="What would make this claim hold?"
        rows={3}
        defaultValue={one(v.resolutionCriteria)}
        error={e.resolutionCriteria}
      />
      <TextField
        name="resolveBy"
        label="Resolve by"
        type="date"
        hint="Optional: the date by which it should be known whether the claim held."
        defaultValue={one(v.resolveBy)}
        error={e.resolveBy}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save draft"}
      </button>
    </form>
  );
}
