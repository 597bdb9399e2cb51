import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { correctCitation } from "@/lib/citations/correct-citation";
import { findCitation } from "@/lib/citations/queries";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";

type Context = { params: Promise<{ id: string; citationId: string }> };

/**
 * Corrects a citation (analyst and above): `{quote, credibility 1–6, note?}`. Answers the
 * corrected citation: the same one when it was not yet approved, else its replacement,
 * which waits for review.
 */
export function PATCH(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id, citationId } = await params;
    const user = await getCurrentUser();
    authorize(user, correctCitation.action);
    if (!isRecordId(id) || !isRecordId(citationId)) throw notFound("Citation");
    const body = await readJsonBody(request);
    const result = await correctCitation.execute(user, { ...body, claimId: id, citationId });
    return NextResponse.json(await findCitation(id, result.id, "internal"));
  });
}
