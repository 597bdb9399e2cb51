import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { parseScope } from "@/lib/api/claims-query";
import { getClaim } from "@/lib/claims/queries";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";
import { listOutcomeTimeline } from "@/lib/outcomes/queries";
import { recordOutcome } from "@/lib/outcomes/record-outcome";

// The timeline is append-only, so this route has no PUT, PATCH or DELETE: a mistaken entry
// is corrected by POSTing a new one whose `correctsId` names it.

type Context = { params: Promise<{ id: string }> };

/** A claim's outcome timeline, oldest first; ?scope=internal adds entries awaiting review. */
export function GET(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    const scope = resolveClaimScope(user, parseScope(new URL(request.url)));
    const claim = await getClaim(user, id, scope);
    const items = await listOutcomeTimeline(claim.id, scope);
    return NextResponse.json({ claimId: claim.id, outcomeStatus: claim.outcomeStatus, items });
  });
}

/** Appends an outcome entry (analyst and above); answers 201 with the entry. */
export function POST(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    authorize(user, recordOutcome.action);
    if (!isRecordId(id)) throw notFound("Claim");
    const body = await readJsonBody(request);
    const result = await recordOutcome.execute(user, { ...body, claimId: id });
    const timeline = await listOutcomeTimeline(id, "internal");
    const entry = timeline.find((u) => u.id === result.id);
    return NextResponse.json(
      { ...entry, claimOutcomeStatus: result.outcomeStatus },
      { status: 201 },
    );
  });
}
