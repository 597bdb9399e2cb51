import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { parseScope } from "@/lib/api/claims-query";
import { getClaim } from "@/lib/claims/queries";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { createCitation } from "@/lib/citations/create-citation";
import { findCitation, listCitationsForClaim } from "@/lib/citations/queries";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";

type Context = { params: Promise<{ id: string }> };

/**
 * A claim's citations: approved ones for anyone on a published claim; with ?scope=internal,
 * every citation of any claim for members. The claim is looked up first, so nothing is read
 * about a claim the caller may not see.
 */
export function GET(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    const scope = resolveClaimScope(user, parseScope(new URL(request.url)));
    await getClaim(user, id, scope);
    return NextResponse.json({ items: await listCitationsForClaim(id, scope) });
  });
}

/**
 * Cites a source for the claim (analyst and above): `{sourceId, quote, credibility 1–6,
 * note?}`. The quote is anchored in the source's captured copy; the answer (201) says
 * whether it was found there. The citation waits for review before it is public.
 */
export function POST(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    authorize(user, createCitation.action);
    if (!isRecordId(id)) throw notFound("Claim");
    const body = await readJsonBody(request);
    const created = await createCitation.execute(user, { ...body, claimId: id });
    const citation = await findCitation(id, created.id, "internal");
    return NextResponse.json(citation, {
      status: 201,
      headers: { Location: `/api/v1/claims/${id}/citations` },
    });
  });
}
