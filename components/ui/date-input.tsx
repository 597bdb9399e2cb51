import type { InputHTMLAttributes } from "react";

// Every day a form asks for is typed as YYYY-MM-DD in a plain text box that says so from the
// start. A browser's date input shows the day in the reader's locale (mm/dd/yyyy in the US)
// under a hint that said YYYY-MM-DD, and blanks a day it cannot read ("2025-02-30"), so the
// form sent nothing and the user lost what they typed. A text box keeps what was typed, the
// server says what is wrong with it (lib/forms/fields.ts), and the format never changes
// between a fresh form and a refused one.

/** The format hint every date field shows, linked to its box with aria-describedby. */
export const DATE_FORMAT_HINT = "Write the day as YYYY-MM-DD, for example 2026-11-30.";

/** The id of a date box's format hint. */
export const dateHintId = (fieldId: string) => `${fieldId}-hint`;

/** The hint under a date box's label; give the box `aria-describedby={dateHintId(id)}`. */
export function DateHint({ fieldId, extra }: { fieldId: string; extra?: string }) {
  return (
    <p id={dateHintId(fieldId)} className="text-sm text-stone-600">
      {[DATE_FORMAT_HINT, extra].filter(Boolean).join(" ")}
    </p>
  );
}

/** A text box for a day, YYYY-MM-DD. Takes an input's props (controlled or not) but its type. */
export function DateInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  return (
    <input type="text" placeholder="YYYY-MM-DD" autoComplete="off" spellCheck={false} {...props} />
  );
}
