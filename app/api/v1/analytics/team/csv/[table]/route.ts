import { z } from "zod";
import { defineRoute } from "@/lib/api/route";
import { TEAM_TABLES, ZScoringFilters } from "@/lib/analytics/filters";
import { csvResponse, teamCsv } from "@/lib/analytics/csv-downloads";

export const dynamic = "force-dynamic";

/** One table of the public /track-record page as a CSV download, with its filters. */
export const GET = defineRoute({
  query: ZScoringFilters,
  params: z.object({ table: z.enum(TEAM_TABLES, { error: "No such table" }) }),
  async handle({ params, query }) {
    return csvResponse(await teamCsv(params.table, query));
  },
});
