import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZSourceFilters } from "@/lib/analytics/filters";
import { readSources } from "@/lib/analytics/read-analytics";

/** Sources as they performed, by reliability grade, credibility grade and outlet (members). */
export const GET = defineRoute({
  access: "analytics.read",
  query: ZSourceFilters,
  async handle({ user, query }) {
    return NextResponse.json({ filters: query, ...(await readSources(user, query)) });
  },
});
