import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { db } from "@/lib/db";
import { getForecastersReport } from "@/lib/analytics/forecasters";
import { getOutcomesOverTime } from "@/lib/analytics/outcomes-over-time";
import { pageFiltersFromKey } from "@/lib/analytics/page-key";
import { authorizeAnalytics, today } from "@/lib/analytics/read-analytics";
import { getSourcesReport } from "@/lib/analytics/sources";
import { getSpeakersReport } from "@/lib/analytics/speakers";
import { listAnalyticsTopics } from "@/lib/analytics/topics";

/** Speakers and outlets listed on the page (the CSV downloads and the API list all). */
export const SPEAKERS_SHOWN = 25;

/**
 * Every figure of /analytics for one canonical filter key (lib/analytics/page-key.ts), read
 * in parallel: scores, sources, speakers, outcomes over time, the topics to filter by and the
 * claimant filtered by, named.
 */
async function readPageFigures(key: string, day: string) {
  const { scoring, outcomes } = pageFiltersFromKey(key);
  const { topic, kind } = scoring;
  const [forecasters, sources, speakers, months, topics, claimant] = await Promise.all([
    getForecastersReport(scoring, { withAnalysts: true, now: new Date(`${day}T12:00:00Z`) }),
    getSourcesReport({ topic, kind }),
    getSpeakersReport({ topic }, { limit: SPEAKERS_SHOWN }),
    getOutcomesOverTime(outcomes),
    listAnalyticsTopics(),
    outcomes.claimant
      ? db.actor.findUnique({ where: { id: outcomes.claimant }, select: { id: true, name: true } })
      : null,
  ]);
  return { forecasters, sources, speakers, months, topics, claimant };
}

// One cache entry per canonical key and day (so "last 90 days" moves with the calendar),
// under the public-content tag: an approved review (an outcome, a claim, a citation), a
// source's grade or a recorded forecast notifies it on commit, and every instance drops the
// entry (cache-handler.mjs). The figures are approved data only, the same for every member.
const pageFigures = cachedPublicQuery("analytics.page", readPageFigures);

export type AnalyticsPageFigures = Awaited<ReturnType<typeof readPageFigures>>;

/**
 * The /analytics figures for a canonical filter key (members: UNAUTHORIZED signed out,
 * FORBIDDEN without analytics.read). The check runs on every call, before the cache is read,
 * so a cached entry is never served to someone who may not read it.
 */
export async function readAnalyticsPage(
  user: SessionUser | null,
  key: string,
): Promise<AnalyticsPageFigures> {
  authorizeAnalytics(user);
  return pageFigures(key, today());
}
