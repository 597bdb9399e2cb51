import { z } from "zod";
import { defineRoute } from "@/lib/api/route";
import { MEMBER_TABLES, ZAnalyticsPageFilters } from "@/lib/analytics/filters";
import { csvResponse, memberCsv } from "@/lib/analytics/csv-downloads";

export const dynamic = "force-dynamic";

/**
 * One table of /analytics as a CSV download (members), with the page's filters: period,
 * topic, kind, confidence, claimant, from, to, and analyst for `calibration-analyst`.
 */
export const GET = defineRoute({
  access: "analytics.read",
  params: z.object({ table: z.enum(MEMBER_TABLES, { error: "No such table" }) }),
  query: ZAnalyticsPageFilters,
  async handle({ user, params, query }) {
    return csvResponse(await memberCsv(user, params.table, query));
  },
});
