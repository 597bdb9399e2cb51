import Link from "next/link";
import { ClaimKind, OutcomeStatus } from "@/lib/generated/prisma/enums";
import type { FieldErrors } from "@/lib/errors";
import type { SearchOptions } from "@/lib/claims/search-options";
import { KIND_LABELS, OUTCOME_LABELS } from "@/lib/scales";
import { DateField, SelectField, TextField } from "@/components/ui/form-fields";
import { QUERY_MAX } from "@/lib/forms/limits";

const KIND_OPTIONS = Object.values(ClaimKind).map((k) => ({ value: k, label: KIND_LABELS[k] }));
const OUTCOME_OPTIONS = Object.values(OutcomeStatus).map((o) => ({
  value: o,
  label: OUTCOME_LABELS[o],
}));

/**
 * The claim search: a plain GET form, so it works without JavaScript and every search has
 * an address to share. It shows what was asked, as typed, with each refusal beside its field.
 */
export function ClaimSearchForm({
  values,
  errors,
  options,
  actorId,
}: {
  values: Record<string, string>;
  errors: FieldErrors;
  options: SearchOptions;
  /** The actor the claimant's name stands for, kept while the name is not changed. */
  actorId?: string;
}) {
  return (
    <form method="get" action="/claims" role="search" aria-label="Search claims" className="mb-6">
      {actorId ? <input type="hidden" name="actor" value={actorId} /> : null}
      <TextField
        name="q"
        label="Search words"
        hint={
          'Every word must occur, in any form and accents aside ("promise" finds "promised", ' +
          '"Kyiv" finds "Kyïv"). "Quoted words" for a phrase, OR between words for either, ' +
          "-word to leave a word out. The claimant's name matches in any spelling."
        }
        defaultValue={values.q}
        maxLength={QUERY_MAX}
        showCount={false}
        error={errors.q}
      />
      <div className="field-grid grid gap-x-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label="Kind"
          placeholder="Any kind"
          options={KIND_OPTIONS}
          defaultValue={values.kind}
          error={errors.kind}
        />
        <SelectField
          name="outcome"
          label="Outcome"
          placeholder="Any outcome"
          options={OUTCOME_OPTIONS}
          defaultValue={values.outcome}
          error={errors.outcome}
        />
        <SelectField
          name="topic"
          label="Topic"
          placeholder="Any topic"
          options={options.topics}
          defaultValue={values.topic}
          error={errors.topic}
        />
        <TextField
          name="claimant"
          label="Claimant"
          hint="A name, in any spelling or alias"
          defaultValue={values.claimant}
          maxLength={200}
          showCount={false}
          error={errors.claimant ?? errors.actor}
        />
        <DateField
          name="from"
          label="Made on or after"
          defaultValue={values.from}
          error={errors.from}
        />
        <DateField name="to" label="Made on or before" defaultValue={values.to} error={errors.to} />
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white">
          Search
        </button>
        <Link href="/claims">Clear search</Link>
      </div>
    </form>
  );
}
