"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { CREDIBILITY_ORDER, NOTE_MAX, QUOTE_MAX } from "@/lib/citations/schemas";
import { CREDIBILITY_GRADES } from "@/lib/scales";
import { SelectField, TextArea } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import type { InformationCredibility } from "@/lib/generated/prisma/enums";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const button =
  "rounded px-3 py-1.5 font-medium text-white disabled:opacity-60 focus-visible:outline-2";

/**
 * "Correct or withdraw" under a citation, for analysts and above: fix the quote, grade or
 * note, or withdraw the citation with a reason. On an approved citation either change
 * waits for review; the form says so.
 */
export function CitationCorrectionForms(props: {
  citationId: string;
  quote: string;
  credibility: InformationCredibility;
  note: string | null;
  approved: boolean;
  correct: Action;
  withdraw: Action;
}) {
  const [corrected, correctAction, correcting] = useActionState(props.correct, initialFormState);
  const [withdrawn, withdrawAction, withdrawing] = useActionState(props.withdraw, initialFormState);
  const id = `citation-${props.citationId}-`;
  const v = corrected.ok ? {} : (corrected.values ?? {});
  const e = corrected.fieldErrors ?? {};
  const w = withdrawn.fieldErrors ?? {};
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium text-blue-900">Correct or withdraw</summary>
      {props.approved ? (
        <p className="mt-2 text-stone-700">
          This citation is public. A correction or withdrawal goes to review; the public keeps
          seeing it until an editor approves the change.
        </p>
      ) : null}
      <form action={correctAction} noValidate className="mt-3" key={corrected.submission}>
        <FormMessage state={corrected} />
        <TextArea
          idPrefix={id}
          name="quote"
          label="Quote"
          required
          rows={3}
          maxLength={QUOTE_MAX}
          defaultValue={one(v.quote) ?? props.quote}
          error={e.quote}
        />
        <SelectField
          idPrefix={id}
          name="credibility"
          label="Information credibility"
          required
          options={CREDIBILITY_ORDER.map((c) => ({
            value: String(CREDIBILITY_GRADES[c].grade),
            label: `${CREDIBILITY_GRADES[c].grade} — ${CREDIBILITY_GRADES[c].label}`,
          }))}
          defaultValue={one(v.credibility) ?? String(CREDIBILITY_GRADES[props.credibility].grade)}
          error={e.credibility}
        />
        <TextArea
          idPrefix={id}
          name="note"
          label="Note"
          rows={2}
          maxLength={NOTE_MAX}
          defaultValue={one(v.note) ?? props.note ?? ""}
          error={e.note}
        />
        <button type="submit" disabled={correcting} className={`${button} bg-blue-800`}>
          {correcting ? "Saving…" : "Save correction"}
        </button>
      </form>
      <form action={withdrawAction} noValidate className="mt-4" key={withdrawn.submission}>
        <FormMessage state={withdrawn} />
        <TextArea
          idPrefix={id}
          name="reason"
          label="Reason for withdrawing"
          hint="Kept in the claim's history and the audit log."
          required
          rows={2}
          maxLength={NOTE_MAX}
          defaultValue={withdrawn.ok ? "" : one(withdrawn.values?.reason)}
          error={w.reason}
        />
        <button type="submit" disabled={withdrawing} className={`${button} bg-red-800`}>
          {withdrawing ? "Withdrawing…" : "Withdraw citation"}
        </button>
      </form>
    </details>
  );
}
