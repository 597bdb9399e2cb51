import { ClaimKind } from "@/lib/generated/prisma/enums";
import { KIND_LABELS } from "@/lib/scales";
import { CONFIDENCE_LABELS } from "@/lib/forecasts/confidence";
import { PERIODS } from "@/lib/analytics/filters";
import type { TopicOption } from "@/lib/analytics/topics";
import { DateField, SelectField } from "@/components/ui/form-fields";
import { RecordPicker, type PickerItem } from "@/components/pickers/record-picker";

const KIND_OPTIONS = Object.values(ClaimKind).map((k) => ({ value: k, label: KIND_LABELS[k] }));
const PERIOD_OPTIONS = Object.entries(PERIODS).map(([value, p]) => ({ value, label: p.label }));
const CONFIDENCE_OPTIONS = [
  ...Object.entries(CONFIDENCE_LABELS).map(([value, label]) => ({ value, label })),
  { value: "NONE", label: "Not stated" },
];

/**
 * The analytics filters: a plain GET form (works without JavaScript, every view has an
 * address). `outcomes` adds the outcomes-over-time filters (claimant, searched by name or alias,
 * and dates made);
 * `confidence` the forecaster's stated confidence.
 */
export function AnalyticsFilterForm({
  action,
  values,
  errors,
  topics,
  outcomes,
  confidence,
  claimant,
}: {
  action: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  /** The topics to choose from (lib/analytics/topics.ts). */
  topics: TopicOption[];
  outcomes: boolean;
  confidence: boolean;
  /** The claimant the outcomes are filtered by, named. */
  claimant?: PickerItem;
}) {
  return (
    <form
      method="get"
      action={action}
      aria-label="Filter the figures"
      className="mb-6 rounded border border-stone-300 bg-stone-50 p-4"
    >
      <div className="field-grid grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          name="period"
          label="Resolved in"
          hint="Scores: when the outcome occurred."
          placeholder="All time"
          options={PERIOD_OPTIONS.filter((o) => o.value !== "all")}
          defaultValue={values.period}
          error={errors.period}
        />
        <SelectField
          name="topic"
          label="Topic"
          placeholder="Any topic"
          options={topics}
          defaultValue={values.topic}
          error={errors.topic}
        />
        <SelectField
          name="kind"
          label="Kind"
          placeholder="Any kind"
          options={KIND_OPTIONS}
          defaultValue={values.kind}
          error={errors.kind}
        />
        {confidence ? (
          <SelectField
            name="confidence"
            label="Stated confidence"
            hint="On the forecast that counts."
            placeholder="Any confidence"
            options={CONFIDENCE_OPTIONS}
            defaultValue={values.confidence}
            error={errors.confidence}
          />
        ) : null}
        {outcomes ? (
          <>
            <RecordPicker
              name="claimant"
              label="Claimant"
              hint="Outcomes over time only. Type part of a name or alias."
              search="actors"
              noun={["actor", "actors"]}
              defaultSelected={claimant ? [claimant] : []}
              error={errors.claimant}
            />
            <DateField
              name="from"
              label="Made from"
              hint="Outcomes over time only."
              defaultValue={values.from}
              error={errors.from}
            />
            <DateField
              name="to"
              label="Made until"
              hint="Outcomes over time only."
              defaultValue={values.to}
              error={errors.to}
            />
          </>
        ) : null}
      </div>
      <button
        type="submit"
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900"
      >
        Apply filters
      </button>
    </form>
  );
}
