import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams, ZScopeQuery } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { getClaim } from "@/lib/claims/queries";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { listOutcomeTimeline } from "@/lib/outcomes/queries";
import { recordOutcome } from "@/lib/outcomes/record-outcome";

// The timeline is append-only, so this route has no PUT, PATCH or DELETE: a mistaken entry
// is corrected by POSTing a new one whose `correctsId` names it.

const params = idParams("Claim");

/** A claim's outcome timeline, oldest first; ?scope=internal adds entries awaiting review. */
export const GET = defineRoute({
  params,
  query: ZScopeQuery,
  async handle({ user, params, query }) {
    const scope = resolveClaimScope(user, query.scope);
    const claim = await getClaim(user, params.id, scope);
    const items = await listOutcomeTimeline(claim.id, scope);
    return NextResponse.json({ claimId: claim.id, outcomeStatus: claim.outcomeStatus, items });
  },
});

/** Appends an outcome entry (analyst and above); answers 201 with the entry. */
export const POST = defineRoute({
  access: recordOutcome.action,
  params,
  body: ZMutationBody,
  async handle({ user, params, body }) {
    const result = await recordOutcome.execute(user, { ...body, claimId: params.id });
    const timeline = await listOutcomeTimeline(params.id, "internal");
    const entry = timeline.find((u) => u.id === result.id);
    return NextResponse.json(
      { ...entry, claimOutcomeStatus: result.outcomeStatus },
      { status: 201 },
    );
  },
});
