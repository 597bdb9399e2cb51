import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZScoringFilters } from "@/lib/analytics/filters";
import { readOutcomesOverTime, readTeamTrackRecord } from "@/lib/analytics/read-analytics";
import { SCORING_RULES } from "@/lib/analytics/rules";

/**
 * The team's public track record over published resolved claims: scores, calibration bins
 * and outcomes over time; analysts by name only when CLAIMWATCH_TRACK_RECORD_NAMES=1.
 */
export const GET = defineRoute({
  query: ZScoringFilters,
  async handle({ query }) {
    const [record, outcomesOverTime] = await Promise.all([
      readTeamTrackRecord(query),
      readOutcomesOverTime({ topic: query.topic, kind: query.kind, from: null, to: null }),
    ]);
    return NextResponse.json({ filters: query, rules: SCORING_RULES, ...record, outcomesOverTime });
  },
});
