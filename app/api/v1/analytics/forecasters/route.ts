import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZScoringFilters } from "@/lib/analytics/filters";
import { readForecasters } from "@/lib/analytics/read-analytics";
import { SCORING_RULES } from "@/lib/analytics/rules";

/**
 * Team and per-analyst Brier scores, skill, relative Brier, Murphy decomposition and
 * calibration bins (members). Filters: period (90d, 1y, all), topic (slug), kind, confidence.
 */
export const GET = defineRoute({
  access: "analytics.read",
  query: ZScoringFilters,
  async handle({ user, query }) {
    const report = await readForecasters(user, query);
    return NextResponse.json({ filters: query, rules: SCORING_RULES, ...report });
  },
});
