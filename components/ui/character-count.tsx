"use client";

import { useCallback, useState, useSyncExternalStore } from "react";

// A live count under a limited text field, on the GOV.UK Design System's character count
// pattern: the visible count follows every keystroke; screen readers hear it only once
// typing pauses, so they are not interrupted at each letter.

const ANNOUNCE_AFTER_MS = 1000;

function countText(length: number, max: number): string {
  const left = max - length;
  return left >= 0
    ? `${length.toLocaleString("en-GB")} of ${max.toLocaleString("en-GB")} characters`
    : `${(-left).toLocaleString("en-GB")} characters too many (limit ${max.toLocaleString("en-GB")})`;
}

/**
 * The count for the field whose id is `fieldId` (an input or textarea), `max` characters
 * long at most. Rendered with the field; reads the field's value itself, so a form keeps the
 * field uncontrolled.
 */
export function CharacterCount({ fieldId, max }: { fieldId: string; max: number }) {
  const [announced, setAnnounced] = useState("");
  const subscribe = useCallback(
    (onChange: () => void) => {
      const field = document.getElementById(fieldId);
      if (!field) return () => undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const update = () => {
        onChange();
        clearTimeout(timer);
        timer = setTimeout(
          () => setAnnounced(countText(valueLength(fieldId) ?? 0, max)),
          ANNOUNCE_AFTER_MS,
        );
      };
      field.addEventListener("input", update);
      return () => {
        field.removeEventListener("input", update);
        clearTimeout(timer);
      };
    },
    [fieldId, max],
  );
  // Null on the server and before hydration: then the limit alone is shown, so it is never
  // a surprise after a submit.
  const length = useSyncExternalStore(
    subscribe,
    () => valueLength(fieldId),
    () => null,
  );
  const visible =
    length === null ? `Up to ${max.toLocaleString("en-GB")} characters` : countText(length, max);
  const over = length !== null && length > max;
  return (
    <>
      <p
        id={`${fieldId}-count`}
        aria-hidden="true"
        className={`mt-1 text-sm ${over ? "font-medium text-red-800" : "text-stone-600"}`}
      >
        {visible}
      </p>
      <p aria-live="polite" className="sr-only">
        {announced}
      </p>
    </>
  );
}

/** The length of the value of the input or textarea with this id, or null if there is none. */
function valueLength(fieldId: string): number | null {
  const field = document.getElementById(fieldId);
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
    ? field.value.length
    : null;
}
