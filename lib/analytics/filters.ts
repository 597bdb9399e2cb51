import { positiveInt } from "@/lib/forms/query";
import { z } from "zod";
import { ClaimKind } from "@/lib/generated/prisma/enums";
import { AppError, fieldErrorsFrom, invalid } from "@/lib/errors";
import { datesInOrder, filterFields } from "@/lib/claims/filters";
import { CONFIDENCE_LEVELS } from "@/lib/forecasts/confidence";
import { isoDate } from "@/lib/forms/fields";

// The analytics filters, one schema for the /analytics and /track-record pages and the
// /api/v1/analytics routes. An empty value (a form's "any" option) means "no filter".

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Which resolved claims count, by the date their resolving outcome occurred. */
export const PERIODS = {
  "90d": { label: "Last 90 days", days: 90 },
  "1y": { label: "Last year", days: 365 },
  all: { label: "All time", days: null },
} as const;
export type Period = keyof typeof PERIODS;

/** The forecaster's stated analytic confidence on the forecast that counts; NONE = not stated. */
export const CONFIDENCE_FILTERS = [...CONFIDENCE_LEVELS, "NONE"] as const;
export type ConfidenceFilter = (typeof CONFIDENCE_FILTERS)[number];

export const ZScoringFilters = z.object({
  period: z.preprocess(
    emptyToUndefined,
    z.enum(["90d", "1y", "all"], { error: "Choose 90d, 1y or all" }).default("all"),
  ),
  topic: filterFields.topic,
  kind: z.preprocess(
    emptyToUndefined,
    z.enum(ClaimKind, { error: "Choose a kind from the list" }).optional(),
  ),
  confidence: z.preprocess(
    emptyToUndefined,
    z.enum(CONFIDENCE_FILTERS, { error: "Choose LOW, MODERATE, HIGH or NONE" }).optional(),
  ),
});
export type ScoringFilters = z.output<typeof ZScoringFilters>;

const outcomeFields = {
  topic: filterFields.topic,
  kind: filterFields.kind,
  claimant: z.preprocess(
    emptyToUndefined,
    z.uuid({ error: "Choose a claimant from the list" }).optional(),
  ),
  from: filterFields.from,
  to: filterFields.to,
};

export const ZOutcomeFilters = z.object(outcomeFields).superRefine(datesInOrder);
export type OutcomeFilters = z.output<typeof ZOutcomeFilters>;

/** Parses query parameters; a bad one is a 400 naming the parameter. */
export function parseFilters<S extends z.ZodType>(
  schema: S,
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): z.output<S> {
  const flat =
    params instanceof URLSearchParams
      ? Object.fromEntries(params)
      : Object.fromEntries(
          Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
        );
  const parsed = schema.safeParse(flat);
  if (!parsed.success) throw invalid(fieldErrorsFrom(parsed.error), "Invalid query parameters.");
  return parsed.data;
}

/** The first day a period covers, as a UTC date, or null for all time. */
export function periodStart(period: Period, now: Date): Date | null {
  const days = PERIODS[period].days;
  if (days === null) return null;
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  start.setUTCDate(start.getUTCDate() - days);
  return start;
}

/** Sources as they performed: by topic and kind of the claims cited for. */
export const ZSourceFilters = z.object({ topic: filterFields.topic, kind: filterFields.kind });

/** Speakers as they performed: by topic; `limit` caps the actors listed (most resolved first). */
export const ZSpeakerFilters = z.object({
  topic: filterFields.topic,
  limit: positiveInt("limit", 1000, 200),
});

/**
 * Everything the /analytics page filters by, for its CSV downloads: the scoring and outcome
 * filters, and `analyst`, whose calibration is shown.
 */
export const ZAnalyticsPageFilters = z
  .object({
    ...ZScoringFilters.shape,
    ...outcomeFields,
    analyst: z.preprocess(
      emptyToUndefined,
      z.uuid({ error: "Choose an analyst from the list" }).optional(),
    ),
  })
  .superRefine(datesInOrder);
export type AnalyticsPageFilters = z.output<typeof ZAnalyticsPageFilters>;

/** The tables of /analytics that download as CSV (lib/analytics/csv-downloads.ts). */
export const MEMBER_TABLES = [
  "forecasters",
  "calibration-team",
  "calibration-analyst",
  "sources-by-reliability",
  "sources-by-credibility",
  "sources-by-outlet",
  "speakers",
  "outcomes-over-time",
] as const;
export type MemberTable = (typeof MEMBER_TABLES)[number];

/** The tables of /track-record that download as CSV. */
export const TEAM_TABLES = ["scores", "calibration", "outcomes-over-time"] as const;
export type TeamTable = (typeof TEAM_TABLES)[number];

/** The filters as URL parameters (dates as YYYY-MM-DD), for links that keep them. */
export function filterQuery(filters: Partial<AnalyticsPageFilters>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value instanceof Date) params.set(name, isoDate(value));
    else if (typeof value === "string" && value !== "") params.set(name, value);
  }
  return params.toString();
}

/**
 * For pages: the filters asked for, or the defaults when some are refused, with a message
 * per refused field to show beside it (a page never fails on a bad address).
 */
export function readPageFilters<S extends z.ZodType>(
  schema: S,
  params: Record<string, string | string[] | undefined>,
): { filters: z.output<S>; errors: Record<string, string> } {
  try {
    return { filters: parseFilters(schema, params), errors: {} };
  } catch (error) {
    const fields = error instanceof AppError ? (error.fields ?? {}) : {};
    return { filters: parseFilters(schema, {}), errors: fields };
  }
}

/** The query string's values as typed, to show back in the filter form. */
export function typedValues(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) ?? ""]),
  );
}
