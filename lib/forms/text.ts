import { z } from "zod";

// The one text primitive. PostgreSQL cannot store NUL in text, and a lone UTF-16 surrogate
// cannot be written as UTF-8 (the audit event's JSON insert fails on it); C0 control
// characters other than tab and line ends are never meant in a claim, a name or a search and
// can hide text from a reader. All three are refused with the field named, before any query.
// DEL counts as a control character. CR passes the raw-input guard, since a captured article
// may end its lines with a lone CR (capturedText unifies them); in a field (`text`), CR is
// kept only as half of a CRLF line end, which forms send for textareas, and a lone CR is a
// control character like the rest.

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_CR = /\r(?!\n)/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `value` holds a UTF-16 surrogate without its pair (not well-formed Unicode). */
export function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/** Why `value` cannot be stored or shown as typed, or null when it can. */
export function unstorableReason(value: string): string | null {
  if (value.includes("\u0000")) return "contains a NUL character, which cannot be stored";
  if (hasLoneSurrogate(value)) {
    return "contains an incomplete character (a lone UTF-16 surrogate)";
  }
  if (CONTROL.test(value)) return "contains a control character";
  return null;
}

/**
 * The first string anywhere in `value` (object keys included) that cannot be stored, with its
 * dotted path ("aliases.2"), or null. Used by the route layer and `defineMutation` on raw
 * input, so no field, however a schema spells it, reaches PostgreSQL with such text.
 */
export function findUnstorable(
  value: unknown,
  path: string[] = [],
): { path: string; reason: string } | null {
  if (typeof value === "string") {
    const reason = unstorableReason(value);
    return reason ? { path: path.length > 0 ? path.join(".") : "_", reason } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnstorable(item, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const keyReason = unstorableReason(key);
      if (keyReason) return { path: [...path, "_key"].join("."), reason: keyReason };
      const found = findUnstorable(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

const tooLong = (label: string, max: number) =>
  `${label} must be at most ${max.toLocaleString("en-US")} characters`;

/**
 * Trimmed text of at most `max` characters that PostgreSQL can store. `label` starts the
 * messages ("The name must be at most 200 characters"). With `required`, an empty value is
 * refused with that message.
 */
export function text(label: string, max: number, required?: string) {
  const base = z
    .string({ error: required ?? `${label} must be text` })
    .trim()
    .max(max, tooLong(label, max))
    .superRefine((v, ctx) => {
      const reason =
        unstorableReason(v) ?? (LONE_CR.test(v) ? "contains a control character" : null);
      if (reason) ctx.addIssue({ code: "custom", message: `${label} ${reason}` });
    });
  return required ? base.min(1, required) : base;
}

/** `text` where an empty box means "none" (null), never "". */
export const optionalStorableText = (label: string, max: number) =>
  text(label, max)
    .nullish()
    .transform((v) => (v ? v : null));
