import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { ZClaimListQuery } from "@/lib/api/claims-query";
import { getClaim } from "@/lib/claims/queries";
import { searchClaims } from "@/lib/claims/search-claims";
import { createClaim } from "@/lib/claims/create-claim";

/**
 * Published claims for anyone; every claim for members with ?scope=internal. Filters as on
 * the /claims page: q (statement words, claimant name or alias), kind, outcome, topic (slug),
 * actor (id), from and to (date made, YYYY-MM-DD); then cursor (the previous page's
 * nextCursor) and pageSize.
 */
export const GET = defineRoute({
  query: ZClaimListQuery,
  async handle({ user, query }) {
    const { scope, page: _page, cursor, pageSize, ...filters } = query;
    return NextResponse.json(await searchClaims(user, filters, { scope, cursor, pageSize }));
  },
});

/** Creates a draft claim (analyst and above); answers 201 with the claim. */
export const POST = defineRoute({
  access: createClaim.action,
  body: ZMutationBody,
  async handle({ user, body }) {
    const { id } = await createClaim.execute(user, body);
    const claim = await getClaim(user, id, "internal");
    return NextResponse.json(claim, {
      status: 201,
      headers: { Location: `/api/v1/claims/${id}` },
    });
  },
});
