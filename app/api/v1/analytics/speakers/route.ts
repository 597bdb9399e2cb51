import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi } from "@/lib/api/respond";
import { parseFilters, ZSpeakerFilters } from "@/lib/analytics/filters";
import { readSpeakers } from "@/lib/analytics/read-analytics";

/** Speakers with resolved promises and predictions, most resolved first (members). */
export function GET(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    const { limit, ...filters } = parseFilters(ZSpeakerFilters, new URL(request.url).searchParams);
    const items = await readSpeakers(user, filters, limit);
    return NextResponse.json({ filters: { ...filters, limit }, items });
  });
}
