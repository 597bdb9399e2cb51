import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams, ZScopeQuery } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { getClaim } from "@/lib/claims/queries";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { createCitation } from "@/lib/citations/create-citation";
import { findCitation, listCitationsForClaim } from "@/lib/citations/queries";

const params = idParams("Claim");

/**
 * A claim's citations: approved ones for anyone on a published claim; with ?scope=internal,
 * every citation of any claim for members. The claim is looked up first, so nothing is read
 * about a claim the caller may not see.
 */
export const GET = defineRoute({
  params,
  query: ZScopeQuery,
  async handle({ user, params, query }) {
    const scope = resolveClaimScope(user, query.scope);
    await getClaim(user, params.id, scope);
    return NextResponse.json({ items: await listCitationsForClaim(params.id, scope) });
  },
});

/**
 * Cites a source for the claim (analyst and above): `{sourceId, quote, credibility 1–6,
 * note?}`. The quote is anchored in the source's captured copy; the answer (201) says
 * whether it was found there. The citation waits for review before it is public.
 */
export const POST = defineRoute({
  access: createCitation.action,
  params,
  body: ZMutationBody,
  async handle({ user, params, body }) {
    const { id } = params;
    const created = await createCitation.execute(user, { ...body, claimId: id });
    const citation = await findCitation(id, created.id, "internal");
    return NextResponse.json(citation, {
      status: 201,
      headers: { Location: `/api/v1/claims/${id}/citations` },
    });
  },
});
