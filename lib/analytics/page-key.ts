import {
  filterQuery,
  readPageFilters,
  ZOutcomeFilters,
  ZScoringFilters,
  type OutcomeFilters,
  type ScoringFilters,
} from "@/lib/analytics/filters";

// The /analytics page's figures are cached per filter set (lib/analytics/read-page.ts), under
// a key written one way whatever the address looked like: `?kind=PROMISE&topic=x`,
// `?topic=x&kind=PROMISE&period=all&confidence=` and `?topic=x&kind=PROMISE&analyst=…` ask for
// the same figures and share one entry. The key is the canonical query: the filters the page
// applied (a refused value already fell back to its default), defaults and empty values
// dropped, names sorted. Parameters that do not change the figures (`analyst`, which only
// picks the calibration shown) are not part of it.

/** The filters the page's figures depend on. */
export interface PageFilters {
  scoring: ScoringFilters;
  outcomes: OutcomeFilters;
}

/**
 * The page's filters from its query parameters, with a message per refused field (shown
 * beside it). Scoring (period, topic, kind, confidence) and outcome filters (topic, kind,
 * claimant, from, to) fall back to their defaults separately, as the page always did.
 */
export function readAnalyticsPageFilters(params: Record<string, string | string[] | undefined>): {
  filters: PageFilters;
  errors: Record<string, string>;
} {
  const scoring = readPageFilters(ZScoringFilters, params);
  const outcomes = readPageFilters(ZOutcomeFilters, params);
  return {
    filters: { scoring: scoring.filters, outcomes: outcomes.filters },
    errors: { ...scoring.errors, ...outcomes.errors },
  };
}

/**
 * The canonical cache key of the figures for these filters: `name=value` pairs sorted by
 * name, defaults (`period=all`) and absent filters left out, dates as YYYY-MM-DD. The outcome
 * filters' topic and kind are prefixed `o.` when they differ from the scoring ones (one of the
 * two sets was refused and fell back), so the key always reads back to the same filters.
 * "" for the default page.
 */
export function canonicalPageKey({ scoring, outcomes }: PageFilters): string {
  const params = new URLSearchParams(
    filterQuery({
      topic: scoring.topic,
      kind: scoring.kind,
      confidence: scoring.confidence,
      period: scoring.period === "all" ? undefined : scoring.period,
      claimant: outcomes.claimant,
      from: outcomes.from,
      to: outcomes.to,
    }),
  );
  if (outcomes.topic !== scoring.topic) params.set("o.topic", outcomes.topic ?? "");
  if (outcomes.kind !== scoring.kind) params.set("o.kind", outcomes.kind ?? "");
  params.sort();
  return params.toString();
}

/** The filters a canonical key stands for (the inverse of `canonicalPageKey`). */
export function pageFiltersFromKey(key: string): PageFilters {
  const params = Object.fromEntries(new URLSearchParams(key));
  const outcomeParams = {
    ...params,
    topic: params["o.topic"] ?? params.topic,
    kind: params["o.kind"] ?? params.kind,
  };
  return {
    scoring: readPageFilters(ZScoringFilters, params).filters,
    outcomes: readPageFilters(ZOutcomeFilters, outcomeParams).filters,
  };
}
