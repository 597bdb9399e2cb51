"use client";

import { useActionState, useRef, useState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { CREDIBILITY_ORDER, NOTE_MAX, QUOTE_MAX } from "@/lib/citations/schemas";
import { CREDIBILITY_GRADES } from "@/lib/scales";
import { SelectField, TextArea } from "@/components/ui/form-fields";
import { QuotePicker } from "@/components/citations/quote-picker";
import { SourcePicker, type SourceOption } from "@/components/citations/source-picker";
import { CharacterCount } from "@/components/ui/character-count";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** "Add citation": pick a source, select (or paste) the quote, grade its credibility. */
export function AddCitationForm({ action, sources }: { action: Action; sources: SourceOption[] }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <section
      aria-labelledby="add-citation"
      className="mt-6 rounded border border-stone-300 bg-white p-4"
    >
      <h3 id="add-citation" className="mb-3 text-base font-semibold">
        Add citation
      </h3>
      {state.ok && state.message ? (
        <p role="status" className="mb-4 rounded border border-green-800 bg-green-50 p-3">
          {state.message}
        </p>
      ) : null}
      {/* Re-mounted per submission: empty after a save, the typed values after a failure. */}
      <CitationFields
        key={state.submission}
        state={state}
        formAction={formAction}
        pending={pending}
        sources={sources}
      />
    </section>
  );
}

function CitationFields({
  state,
  formAction,
  pending,
  sources,
}: {
  state: FormState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  sources: SourceOption[];
}) {
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  const [sourceId, setSourceId] = useState(one(v.sourceId) ?? "");
  // The quote box is a plain field, so text pasted into it before the page is live stays
  // (a controlled box would be emptied by hydration); a selection in the source sets it.
  const quote = useRef<HTMLTextAreaElement>(null);
  const selectQuote = (text: string) => {
    if (!quote.current) return;
    quote.current.value = text;
    // As typing would: the character count and the draft listeners hear it.
    quote.current.dispatchEvent(new Event("input", { bubbles: true }));
  };
  return (
    <form action={formAction} noValidate>
      {state.message && !state.ok ? (
        <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
      ) : null}
      <SourcePicker
        initial={sources}
        value={sourceId}
        label={one(v.sourceIdLabel)}
        onChange={setSourceId}
        error={e.sourceId}
      />
      {sourceId ? <QuotePicker sourceId={sourceId} onSelect={selectQuote} /> : null}
      <div className="mb-5">
        <label htmlFor="quote" className="block font-medium">
          Quote <span className="text-red-800">(required)</span>
        </label>
        <p id="quote-hint" className="text-sm text-stone-600">
          The exact words in the source that support the claim.
        </p>
        <textarea
          id="quote"
          name="quote"
          rows={4}
          ref={quote}
          defaultValue={one(v.quote) ?? ""}
          aria-invalid={e.quote ? true : undefined}
          aria-describedby={e.quote ? "quote-hint quote-error" : "quote-hint"}
          className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700"
        />
        <CharacterCount fieldId="quote" max={QUOTE_MAX} />
        {e.quote ? (
          <p id="quote-error" role="alert" className="mt-1 text-sm font-medium text-red-800">
            {e.quote}
          </p>
        ) : null}
      </div>
      <SelectField
        name="credibility"
        label="Information credibility"
        hint="NATO/Admiralty grade of this piece of information, 1 to 6."
        required
        options={CREDIBILITY_ORDER.map((c) => ({
          value: String(CREDIBILITY_GRADES[c].grade),
          label: `${CREDIBILITY_GRADES[c].grade} — ${CREDIBILITY_GRADES[c].label}`,
        }))}
        defaultValue={one(v.credibility)}
        error={e.credibility}
      />
      <TextArea
        name="note"
        label="Note"
        hint="Optional: context for the reviewer."
        rows={2}
        maxLength={NOTE_MAX}
        defaultValue={one(v.note)}
        error={e.note}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Add citation"}
      </button>
    </form>
  );
}
