import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { parseScope } from "@/lib/api/claims-query";
import { getClaim } from "@/lib/claims/queries";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";
import { listForecastsForClaim } from "@/lib/forecasts/queries";
import { recordForecast } from "@/lib/forecasts/record-forecast";

type Context = { params: Promise<{ id: string }> };

/**
 * A claim's forecasts by analyst, with history. The public reading lists them only once the
 * claim resolved HELD or NOT_HELD, each with its Brier score; ?scope=internal lists them all.
 */
export function GET(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    const scope = resolveClaimScope(user, parseScope(new URL(request.url)));
    const claim = await getClaim(user, id, scope);
    return NextResponse.json({
      claimId: claim.id,
      ...(await listForecastsForClaim(claim.id, scope)),
    });
  });
}

/** Records the caller's forecast (analyst and above); an update adds a row. Answers 201. */
export function POST(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    authorize(user, recordForecast.action);
    if (!isRecordId(id)) throw notFound("Claim");
    const body = await readJsonBody(request);
    const forecast = await recordForecast.execute(user, { ...body, claimId: id });
    return NextResponse.json(forecast, { status: 201 });
  });
}
