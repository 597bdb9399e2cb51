import type { ReactNode } from "react";
import { CharacterCount } from "@/components/ui/character-count";
import { DATE_FORMAT_HINT, DateInput } from "@/components/ui/date-input";

// Form controls with their label, hint and error wired together: the error sits next to
// its field and is announced through aria-describedby / aria-invalid.

interface BaseProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** Prefix for the element ids, where one form repeats on a page (one per citation). */
  idPrefix?: string;
}

const fieldId = (props: BaseProps) => `${props.idPrefix ?? ""}${props.name}`;

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function Hint({ name, hint }: { name: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p id={`${name}-hint`} className="text-sm text-stone-600">
      {hint}
    </p>
  );
}

function ErrorText({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800" role="alert">
      {error}
    </p>
  );
}

const control =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

/**
 * `maxLength` is the field's limit; a live count shows under it unless `showCount` is false
 * (search boxes, where the limit is a guard, not something a writer works against). A counted
 * field carries no HTML maxlength, which would cut a paste short without a word (GOV.UK
 * character count pattern): the count says "N characters too many", the server refuses the
 * text next to the field, and the text stays to be shortened.
 */
function FieldShell(
  props: BaseProps & { children: ReactNode; maxLength?: number; showCount?: boolean },
) {
  // Three parts, always: what is above the box, the box, what is under it. In a row of
  // fields (the `field-grid` class, app/globals.css) each part lines up with its neighbours'.
  return (
    <div className="mb-5">
      <div>
        <label htmlFor={fieldId(props)} className="block font-medium">
          {props.label}
          {props.required ? <span className="text-red-800"> (required)</span> : null}
        </label>
        <Hint name={fieldId(props)} hint={props.hint} />
      </div>
      {props.children}
      <div>
        {props.maxLength && props.showCount !== false ? (
          <CharacterCount fieldId={fieldId(props)} max={props.maxLength} />
        ) : null}
        <ErrorText name={fieldId(props)} error={props.error} />
      </div>
    </div>
  );
}

export function TextField(
  props: BaseProps & {
    defaultValue?: string;
    type?: "text" | "email" | "password" | "url";
    maxLength?: number;
    showCount?: boolean;
    autoComplete?: string;
  },
) {
  return (
    <FieldShell {...props}>
      <input
        id={fieldId(props)}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.defaultValue}
        required={props.required}
        maxLength={props.showCount === false ? props.maxLength : undefined}
        autoComplete={props.autoComplete}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(fieldId(props), props.hint, props.error)}
        className={control}
      />
    </FieldShell>
  );
}

/**
 * A day, typed as YYYY-MM-DD in a text box with the format hint under its label from the
 * start (components/ui/date-input.tsx says why not the browser's date input). A refused day
 * ("2025-02-30") stays as typed, beside its error, in the same box.
 */
export function DateField(props: BaseProps & { defaultValue?: string }) {
  const id = fieldId(props);
  const hint = [DATE_FORMAT_HINT, props.hint].filter(Boolean).join(" ");
  return (
    <FieldShell {...props} hint={hint}>
      <DateInput
        id={id}
        name={props.name}
        defaultValue={props.defaultValue}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, hint, props.error)}
        className={control}
      />
    </FieldShell>
  );
}

export function TextArea(
  props: BaseProps & { defaultValue?: string; rows?: number; maxLength?: number },
) {
  return (
    <FieldShell {...props}>
      <textarea
        id={fieldId(props)}
        name={props.name}
        rows={props.rows ?? 4}
        defaultValue={props.defaultValue}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(fieldId(props), props.hint, props.error)}
        className={control}
      />
    </FieldShell>
  );
}

export function SelectField(
  props: BaseProps & {
    defaultValue?: string;
    options: { value: string; label: string }[];
    placeholder?: string;
  },
) {
  return (
    <FieldShell {...props}>
      <select
        id={fieldId(props)}
        name={props.name}
        defaultValue={props.defaultValue ?? ""}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(fieldId(props), props.hint, props.error)}
        className={control}
      >
        <option value="">{props.placeholder ?? "Choose…"}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField(props: BaseProps & { defaultChecked?: boolean }) {
  return (
    <div className="mb-5">
      <div className="flex items-center gap-2">
        <input
          id={fieldId(props)}
          name={props.name}
          type="checkbox"
          defaultChecked={props.defaultChecked}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(fieldId(props), props.hint, props.error)}
          className="h-5 w-5"
        />
        <label htmlFor={fieldId(props)} className="font-medium">
          {props.label}
        </label>
      </div>
      <Hint name={fieldId(props)} hint={props.hint} />
      <ErrorText name={fieldId(props)} error={props.error} />
    </div>
  );
}

export function CheckboxGroup(
  props: BaseProps & { options: { value: string; label: string }[]; defaultValues?: string[] },
) {
  return (
    <fieldset
      className="mb-5"
      aria-describedby={describedBy(fieldId(props), props.hint, props.error)}
    >
      <legend className="font-medium">{props.label}</legend>
      <Hint name={fieldId(props)} hint={props.hint} />
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
        {props.options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              name={props.name}
              value={o.value}
              defaultChecked={props.defaultValues?.includes(o.value)}
              className="h-5 w-5"
            />
            {o.label}
          </label>
        ))}
      </div>
      <ErrorText name={fieldId(props)} error={props.error} />
    </fieldset>
  );
}
