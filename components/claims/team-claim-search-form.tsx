import Link from "next/link";
import { ClaimKind, OutcomeStatus } from "@/lib/generated/prisma/enums";
import type { FieldErrors } from "@/lib/errors";
import type { SearchOptions } from "@/lib/claims/search-options";
import { STATUS_CHOICES } from "@/lib/claims/member-filters";
import { QUERY_MAX } from "@/lib/forms/limits";
import { KIND_LABELS, OUTCOME_LABELS } from "@/lib/scales";
import { CheckboxField, DateField, SelectField, TextField } from "@/components/ui/form-fields";
import { RecordPicker, type PickerItem } from "@/components/pickers/record-picker";

const KIND_OPTIONS = Object.values(ClaimKind).map((k) => ({ value: k, label: KIND_LABELS[k] }));
const OUTCOME_OPTIONS = Object.values(OutcomeStatus).map((o) => ({
  value: o,
  label: OUTCOME_LABELS[o],
}));
const STATUS_OPTIONS = Object.entries(STATUS_CHOICES).map(([value, c]) => ({
  value,
  label: c.label,
}));

/**
 * The team's claim search: a GET form (every list has an address) over the working copies,
 * with the members' filters (editorial status, author, overdue) beside the public ones.
 */
export function TeamClaimSearchForm({
  values,
  errors,
  options,
  authors,
  claimant,
}: {
  values: Record<string, string>;
  errors: FieldErrors;
  options: SearchOptions;
  authors: { value: string; label: string }[];
  claimant?: PickerItem;
}) {
  return (
    <form
      method="get"
      action="/claims/team"
      role="search"
      aria-label="Search the team's claims"
      className="mb-6"
    >
      <TextField
        name="q"
        label="Search words"
        hint='As on the public search: "quoted words" for a phrase, OR, -word.'
        defaultValue={values.q}
        maxLength={QUERY_MAX}
        showCount={false}
        error={errors.q}
      />
      <div className="field-grid grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          name="status"
          label="Editorial status"
          placeholder="Any status"
          options={STATUS_OPTIONS}
          defaultValue={values.status}
          error={errors.status}
        />
        <SelectField
          name="author"
          label="Author"
          placeholder="Anyone"
          options={[{ value: "me", label: "Me" }, ...authors]}
          defaultValue={values.author}
          error={errors.author}
        />
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
        <RecordPicker
          name="actor"
          label="Claimant"
          hint="Type part of a name or alias."
          search="actors"
          noun={["actor", "actors"]}
          defaultSelected={claimant ? [claimant] : []}
          error={errors.actor}
        />
        <DateField
          name="from"
          label="Made on or after"
          defaultValue={values.from}
          error={errors.from}
        />
        <DateField name="to" label="Made on or before" defaultValue={values.to} error={errors.to} />
      </div>
      <CheckboxField
        name="overdue"
        label="Past the resolve-by date, still awaited"
        defaultChecked={values.overdue === "1" || values.overdue === "on"}
        error={errors.overdue}
      />
      <CheckboxField
        name="forecast"
        label="Only claims with my open forecast"
        defaultChecked={values.forecast === "mine" || values.forecast === "on"}
        error={errors.forecast}
      />
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white">
          Search
        </button>
        <Link href="/claims/team">Clear search</Link>
      </div>
    </form>
  );
}
