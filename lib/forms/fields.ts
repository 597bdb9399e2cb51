import { z } from "zod";
import { optionalStorableText } from "@/lib/forms/text";

// Field schemas shared by every input schema, so the same value is checked the same way
// from a form and from the API.

/** Trimmed optional text (lib/forms/text.ts); an empty box means "none" (null), never "". */
export const optionalText = (max: number, label: string) => optionalStorableText(label, max);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toUtcDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** A calendar date written YYYY-MM-DD, as <input type="date"> sends it. */
export const requiredDate = (label: string) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .transform((v, ctx) => {
      const date = toUtcDate(v);
      if (!date) {
        ctx.addIssue({ code: "custom", message: `Enter ${label} as YYYY-MM-DD` });
        return z.NEVER;
      }
      return date;
    });

export const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const date = toUtcDate(v);
      if (!date) {
        ctx.addIssue({ code: "custom", message: `Enter ${label} as YYYY-MM-DD` });
        return z.NEVER;
      }
      return date;
    });

/** A checkbox: the API sends a boolean, a form sends "on" or nothing. */
export const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")], {
    error: "Must be true or false",
  })
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/**
 * A checkbox in a change set, where absent means "unchanged". Forms send a hidden "false"
 * before the checkbox, so an unticked box still arrives as a value.
 */
export const optionalCheckbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")], {
    error: "Must be true or false",
  })
  .optional()
  .transform((v) => (v === undefined ? undefined : v === true || v === "on" || v === "true"));

/** Date → "YYYY-MM-DD" for a date input or the API. */
export function isoDate(date: Date): string;
export function isoDate(date: Date | null): string | null;
export function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
