import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi } from "@/lib/api/respond";
import { parseFilters, ZSourceFilters } from "@/lib/analytics/filters";
import { readSources } from "@/lib/analytics/read-analytics";

/** Sources as they performed, by reliability grade, credibility grade and outlet (members). */
export function GET(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    const filters = parseFilters(ZSourceFilters, new URL(request.url).searchParams);
    return NextResponse.json({ filters, ...(await readSources(user, filters)) });
  });
}
