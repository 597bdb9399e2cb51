import { z } from "zod";
import { optionalStorableText } from "@/lib/forms/text";

// Field schemas shared by every input schema, so the same value is checked the same way
// from a form and from the API.

/** Trimmed optional text (lib/forms/text.ts); an empty box means "none" (null), never "". */
export const optionalText = (max: number, label: string) => optionalStorableText(label, max);

// Dates. Every calendar date a person types (claim made on, resolve by, source published,
// outcome happened, search filters) goes through `parseCalendarDate`, so the same rules and
// the same messages hold from a form, the API and a query string:
// - written YYYY-MM-DD (as <input type="date"> sends it) and a real day of the calendar;
// - a year from YEAR_MIN to YEAR_MAX (PostgreSQL and JavaScript accept year 0 or 9999,
//   the record does not);
// - with `notInFuture`, at most FUTURE_TOLERANCE_DAYS after today's date in UTC: someone
//   east of UTC may already be living "tomorrow", but no record is dated later than that.

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
export const FUTURE_TOLERANCE_DAYS = 1;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's date in UTC, as midnight UTC. */
export function utcToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The latest date a `notInFuture` field accepts: today (UTC) plus the tolerance. */
export function latestPastDate(now: Date = new Date()): Date {
  return new Date(utcToday(now).getTime() + FUTURE_TOLERANCE_DAYS * DAY_MS);
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Reads "YYYY-MM-DD" as midnight UTC of that day, or says what is wrong with it: the
 * message names the field (`label`, e.g. "the date it happened") and states the rule.
 */
export function parseCalendarDate(
  value: string,
  label: string,
  { notInFuture = false }: { notInFuture?: boolean } = {},
): { date: Date } | { error: string } {
  if (!ISO_DATE.test(value)) return { error: `Enter ${label} as YYYY-MM-DD` };
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    // Written right but no such day ("2025-02-30", "2026-13-01"): say so, not the format.
    return { error: `${value} is not a day on the calendar: enter ${label} as YYYY-MM-DD` };
  }
  const year = date.getUTCFullYear();
  if (year < YEAR_MIN || year > YEAR_MAX) {
    return { error: `${capitalize(label)} must be in the years ${YEAR_MIN} to ${YEAR_MAX}` };
  }
  if (notInFuture) {
    const latest = latestPastDate();
    if (date > latest) {
      return {
        error:
          `${capitalize(label)} cannot be in the future: the latest accepted is ` +
          `${isoDate(latest)}, today's date in UTC plus ${FUTURE_TOLERANCE_DAYS} day for time zones`,
      };
    }
  }
  return { date };
}

interface DateRules {
  /** Refuse dates after today (UTC) plus FUTURE_TOLERANCE_DAYS: things that already happened. */
  notInFuture?: boolean;
}

function checkedDate(value: string, label: string, rules: DateRules, ctx: z.RefinementCtx) {
  const parsed = parseCalendarDate(value, label, rules);
  if ("error" in parsed) {
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  return parsed.date;
}

/** A calendar date written YYYY-MM-DD (see the rules above); Date at midnight UTC. */
export const requiredDate = (label: string, rules: DateRules = {}) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .transform((v, ctx) => checkedDate(v, label, rules, ctx));

/** The same, where an empty box means "no date" (null). */
export const optionalDate = (label: string, rules: DateRules = {}) =>
  z
    .string({ error: `Enter ${label} as YYYY-MM-DD` })
    .trim()
    .nullish()
    .transform((v, ctx) => (v ? checkedDate(v, label, rules, ctx) : null));

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
