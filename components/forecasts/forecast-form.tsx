"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, TextArea } from "@/components/ui/form-fields";
import { CONFIDENCE_LABELS, CONFIDENCE_LEVELS } from "@/lib/forecasts/confidence";
import { RATIONALE_MAX } from "@/lib/forecasts/schemas";
import { ProbabilityPicker } from "@/components/forecasts/probability-picker";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  claimId: string;
  /** The user's current forecast, which the form starts from. */
  current: { probability: number; confidence: string | null } | null;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Records or updates the user's forecast; a refused save comes back with what was typed. */
export function ForecastForm({ action, claimId, current }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form
      key={state.submission}
      action={formAction}
      noValidate
      aria-labelledby="forecast-form"
      className="mt-4 max-w-2xl rounded border border-stone-300 bg-stone-50 p-4"
    >
      <h3 id="forecast-form" className="mb-3 font-semibold">
        Your forecast
      </h3>
      <FormMessage state={state} />
      {e.claimId ? <p className="mb-4 text-red-800">{e.claimId}</p> : null}
      <input type="hidden" name="claimId" value={claimId} />
      <ProbabilityPicker
        initial={
          one(state.values?.probability) ?? (current === null ? "" : String(current.probability))
        }
        error={e.probability}
      />
      <SelectField
        name="confidence"
        label="Analytic confidence"
        hint="Optional (ICD 203): how sound you judge the basis of this forecast. It does not change the probability."
        placeholder="Not stated"
        options={CONFIDENCE_LEVELS.map((level) => ({
          value: level,
          label: CONFIDENCE_LABELS[level],
        }))}
        defaultValue={one(state.values?.confidence) ?? current?.confidence ?? ""}
        error={e.confidence}
      />
      <TextArea
        name="rationale"
        label="Rationale"
        hint="Optional: why you expect this."
        rows={2}
        defaultValue={one(state.values?.rationale)}
        maxLength={RATIONALE_MAX}
        error={e.rationale}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save forecast"}
      </button>
    </form>
  );
}
