import "server-only";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { actorTag, PUBLIC_CONTENT_TAG } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { forbidden, unauthorized } from "@/lib/errors";
import type { OutcomeFilters, ScoringFilters } from "@/lib/analytics/filters";
import { getForecastersReport } from "@/lib/analytics/forecasters";
import { getOutcomesOverTime } from "@/lib/analytics/outcomes-over-time";
import { getSourcesReport } from "@/lib/analytics/sources";
import { getSpeakersReport } from "@/lib/analytics/speakers";
import { listAnalyticsTopics } from "@/lib/analytics/topics";
import type { ClaimFilter } from "@/lib/analytics/scored-forecasts-sql";

// The analytics use cases: who may read what, and the cache. Every figure is computed from
// approved, published data only, so results are cached under the public-content tag and
// dropped on every instance when a review is approved (an outcome, a claim, a citation) or
// a source's grade changes: the same pg_notify that invalidates the public pages.
// `today` (YYYY-MM-DD, UTC) is part of each key so "last 90 days" moves with the calendar.

/** Today as YYYY-MM-DD (UTC), part of every cache key. */
export const today = () => new Date().toISOString().slice(0, 10);

const forecasters = cachedPublicQuery(
  "analytics.forecasters",
  (filters: ScoringFilters, withAnalysts: boolean, day: string) =>
    getForecastersReport(filters, { withAnalysts, now: new Date(`${day}T12:00:00Z`) }),
);
type SourceFilter = Pick<ClaimFilter, "topic" | "kind">;
type SpeakerFilter = Pick<ClaimFilter, "topic" | "claimant">;

const sources = cachedPublicQuery("analytics.sources", (filter: SourceFilter) =>
  getSourcesReport(filter),
);
const speakers = cachedPublicQuery(
  "analytics.speakers",
  (filter: SpeakerFilter, limit: number | null) => getSpeakersReport(filter, { limit }),
  // One speaker's record (actor page) changes only with that actor's claims.
  (filter) => [filter.claimant ? actorTag(filter.claimant) : PUBLIC_CONTENT_TAG],
);
const outcomes = cachedPublicQuery("analytics.outcomes", (filters: OutcomeFilters) =>
  getOutcomesOverTime(filters),
);

/**
 * Members only (every role, viewers included: PRODUCT.md lists analytics as signed-in):
 * UNAUTHORIZED signed out, FORBIDDEN for a role without analytics.read.
 */
export function authorizeAnalytics(user: SessionUser | null): void {
  if (!user) throw unauthorized();
  if (!can(user.role, "analytics.read")) throw forbidden();
}

/** Team and per-analyst scores (members). */
export async function readForecasters(user: SessionUser | null, filters: ScoringFilters) {
  authorizeAnalytics(user);
  return forecasters(filters, true, today());
}

/** Sources by reliability grade, credibility grade and outlet (members). */
export async function readSources(user: SessionUser | null, filter: SourceFilter) {
  authorizeAnalytics(user);
  return sources(filter);
}

/** Speakers with resolved promises and predictions (members); `limit` null for all. */
export async function readSpeakers(
  user: SessionUser | null,
  filter: SpeakerFilter,
  limit: number | null = null,
) {
  authorizeAnalytics(user);
  return speakers(filter, limit);
}

/** Published claims by month and outcome (anyone: it is all public data). */
export async function readOutcomesOverTime(filters: OutcomeFilters) {
  return outcomes(filters);
}

/** Whether the public track record may name analysts (CLAIMWATCH_TRACK_RECORD_NAMES=1). */
export function trackRecordNamesAllowed(): boolean {
  return env().CLAIMWATCH_TRACK_RECORD_NAMES === "1";
}

/**
 * The public track record: the team's scores over published resolved claims, without
 * individual names unless the setting allows them. Anyone may read it.
 */
export async function readTeamTrackRecord(filters: ScoringFilters) {
  const withNames = trackRecordNamesAllowed();
  const report = await forecasters(filters, withNames, today());
  return {
    team: report.team,
    analysts: withNames ? report.analysts.map(({ id: _id, ...rest }) => rest) : null,
  };
}

/** The public record of one speaker (actor page), or null when nothing resolved. */
export async function readSpeakerRecord(actorId: string) {
  const [row] = await speakers({ claimant: actorId }, 1);
  return row ?? null;
}

const topics = cachedPublicQuery("analytics.topics", listAnalyticsTopics);

/** The topics to filter the analytics by (anyone: topics of published claims). */
export async function readAnalyticsTopics() {
  return topics();
}
