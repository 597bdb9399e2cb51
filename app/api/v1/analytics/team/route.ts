import { NextResponse } from "next/server";
import { handleApi } from "@/lib/api/respond";
import { parseFilters, ZScoringFilters } from "@/lib/analytics/filters";
import { readOutcomesOverTime, readTeamTrackRecord } from "@/lib/analytics/read-analytics";
import { SCORING_RULES } from "@/lib/analytics/rules";

/**
 * The team's public track record over published resolved claims: scores, calibration bins
 * and outcomes over time; analysts by name only when CLAIMWATCH_TRACK_RECORD_NAMES=1.
 */
export function GET(request: Request) {
  return handleApi(async () => {
    const filters = parseFilters(ZScoringFilters, new URL(request.url).searchParams);
    const [record, outcomesOverTime] = await Promise.all([
      readTeamTrackRecord(filters),
      readOutcomesOverTime({ topic: filters.topic, kind: filters.kind, from: null, to: null }),
    ]);
    return NextResponse.json({ filters, rules: SCORING_RULES, ...record, outcomesOverTime });
  });
}
