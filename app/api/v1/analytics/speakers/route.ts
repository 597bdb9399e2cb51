import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZSpeakerFilters } from "@/lib/analytics/filters";
import { readSpeakers } from "@/lib/analytics/read-analytics";

/** Speakers with resolved promises and predictions, most resolved first (members). */
export const GET = defineRoute({
  access: "analytics.read",
  query: ZSpeakerFilters,
  async handle({ user, query }) {
    const { limit, ...filters } = query;
    const items = await readSpeakers(user, filters, limit);
    return NextResponse.json({ filters: query, items });
  },
});
