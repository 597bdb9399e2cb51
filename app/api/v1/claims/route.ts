import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { parseListQuery } from "@/lib/api/claims-query";
import { getClaim } from "@/lib/claims/queries";
import { searchClaims } from "@/lib/claims/search-claims";
import { createClaim } from "@/lib/claims/create-claim";
import { authorize } from "@/lib/mutation";

/**
 * Published claims for anyone; every claim for members with ?scope=internal. Filters as on
 * the /claims page: q (statement words, claimant name or alias), kind, outcome, topic (slug),
 * actor (id), from and to (date made, YYYY-MM-DD); then page and pageSize.
 */
export function GET(request: Request) {
  return handleApi(async () => {
    const { filters, ...options } = parseListQuery(new URL(request.url));
    return NextResponse.json(await searchClaims(await getCurrentUser(), filters, options));
  });
}

/** Creates a draft claim (analyst and above); answers 201 with the claim. */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, createClaim.action);
    const body = await readJsonBody(request);
    const { id } = await createClaim.execute(user, body);
    const claim = await getClaim(user, id, "internal");
    return NextResponse.json(claim, {
      status: 201,
      headers: { Location: `/api/v1/claims/${id}` },
    });
  });
}
