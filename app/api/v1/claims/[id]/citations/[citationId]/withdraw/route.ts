import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { withdrawCitation } from "@/lib/citations/withdraw-citation";
import { findCitation } from "@/lib/citations/queries";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";

type Context = { params: Promise<{ id: string; citationId: string }> };

/** Withdraws a citation (analyst and above): `{reason}`. Answers the citation as it stands. */
export function POST(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id, citationId } = await params;
    const user = await getCurrentUser();
    authorize(user, withdrawCitation.action);
    if (!isRecordId(id) || !isRecordId(citationId)) throw notFound("Citation");
    const body = await readJsonBody(request);
    await withdrawCitation.execute(user, { ...body, claimId: id, citationId });
    return NextResponse.json(await findCitation(id, citationId, "internal"));
  });
}
