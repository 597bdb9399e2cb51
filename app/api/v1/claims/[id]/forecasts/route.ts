import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams, ZScopeQuery } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { getClaim } from "@/lib/claims/queries";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { listForecastsForClaim } from "@/lib/forecasts/queries";
import { recordForecast } from "@/lib/forecasts/record-forecast";

const params = idParams("Claim");

/**
 * A claim's forecasts by analyst, with history. The public reading lists them only once the
 * claim resolved HELD or NOT_HELD, each with its Brier score; ?scope=internal lists them all.
 */
export const GET = defineRoute({
  params,
  query: ZScopeQuery,
  async handle({ user, params, query }) {
    const scope = resolveClaimScope(user, query.scope);
    const claim = await getClaim(user, params.id, scope);
    return NextResponse.json({
      claimId: claim.id,
      ...(await listForecastsForClaim(claim.id, scope)),
    });
  },
});

/** Records the caller's forecast (analyst and above); an update adds a row. Answers 201. */
export const POST = defineRoute({
  access: recordForecast.action,
  params,
  body: ZMutationBody,
  async handle({ user, params, body }) {
    const forecast = await recordForecast.execute(user, { ...body, claimId: params.id });
    return NextResponse.json(forecast, { status: 201 });
  },
});
