"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { OutcomeStatus, type ClaimKind } from "@/lib/generated/prisma/enums";
import type { EvidenceSourceOption } from "@/lib/outcomes/queries";
import { OUTCOME_LABELS, outcomeLabel } from "@/lib/scales";
import { FormMessage } from "@/components/ui/form-message";
import { DateField, SelectField, TextArea } from "@/components/ui/form-fields";
import { EvidenceSelect, evidenceItem } from "@/components/outcomes/evidence-select";
import { keptChoices } from "@/components/pickers/kept-choices";
import { NOTE_MAX } from "@/lib/outcomes/schemas";
import { formatDay } from "@/lib/dates/format";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  claimId: string;
  kind: ClaimKind;
  /** Entries a new one may correct, oldest first. */
  entries: { id: string; occurredAt: string; status: OutcomeStatus }[];
  sources: EvidenceSourceOption[];
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
/** The claim page also holds the citation form, whose fields share these names. */
const ID_PREFIX = "outcome-";

/** Appends an entry to the timeline; after a failed save it re-mounts with what was typed. */
export function RecordOutcomeForm({ action, claimId, kind, entries, sources }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const label = (s: OutcomeStatus) => {
    const shown = outcomeLabel(s, kind);
    return shown === OUTCOME_LABELS[s] ? shown : `${shown} (${OUTCOME_LABELS[s]})`;
  };
  return (
    <form
      key={state.submission}
      action={formAction}
      noValidate
      aria-labelledby="record-outcome"
      className="mt-4 max-w-2xl rounded border border-stone-300 bg-stone-50 p-4"
    >
      <h3 id="record-outcome" className="mb-3 font-semibold">
        Record outcome
      </h3>
      <FormMessage state={state} />
      {e.claimId ? <p className="mb-4 text-red-800">{e.claimId}</p> : null}
      <input type="hidden" name="claimId" value={claimId} />
      <DateField
        idPrefix={ID_PREFIX}
        name="occurredAt"
        label="Date it happened"
        required
        defaultValue={one(v.occurredAt)}
        error={e.occurredAt}
      />
      <SelectField
        idPrefix={ID_PREFIX}
        name="status"
        label="New outcome"
        required
        options={Object.values(OutcomeStatus).map((s) => ({ value: s, label: label(s) }))}
        defaultValue={one(v.status)}
        error={e.status}
      />
      <TextArea
        idPrefix={ID_PREFIX}
        name="note"
        label="What happened"
        required
        rows={3}
        defaultValue={one(v.note)}
        maxLength={NOTE_MAX}
        error={e.note}
      />
      <EvidenceSelect
        suggested={sources}
        defaultSelected={keptChoices(v, "sourceIds", sources.map(evidenceItem))}
        error={e.sourceIds}
      />
      {entries.length > 0 ? (
        <SelectField
          idPrefix={ID_PREFIX}
          name="correctsId"
          label="Corrects an earlier entry"
          hint="The timeline is never edited: to fix a mistaken entry, record the right one here and name the entry it corrects."
          placeholder="No, this is a new development"
          options={entries.map((u) => ({
            value: u.id,
            label: `The entry of ${formatDay(u.occurredAt)} — ${outcomeLabel(u.status, kind)}`,
          }))}
          defaultValue={one(v.correctsId)}
          error={e.correctsId}
        />
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Record outcome"}
      </button>
    </form>
  );
}
