import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi } from "@/lib/api/respond";
import { parseFilters, ZScoringFilters } from "@/lib/analytics/filters";
import { readForecasters } from "@/lib/analytics/read-analytics";
import { SCORING_RULES } from "@/lib/analytics/rules";

/**
 * Team and per-analyst Brier scores, skill, relative Brier, Murphy decomposition and
 * calibration bins (members). Filters: period (90d, 1y, all), topic (slug), kind, confidence.
 */
export function GET(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    const filters = parseFilters(ZScoringFilters, new URL(request.url).searchParams);
    const report = await readForecasters(user, filters);
    return NextResponse.json({ filters, rules: SCORING_RULES, ...report });
  });
}
