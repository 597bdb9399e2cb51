import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { parseScope } from "@/lib/api/claims-query";
import { getClaim } from "@/lib/claims/queries";
import { updateClaim } from "@/lib/claims/update-claim";
import { authorize } from "@/lib/mutation";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";

type Context = { params: Promise<{ id: string }> };

export function GET(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const scope = parseScope(new URL(request.url));
    return NextResponse.json(await getClaim(await getCurrentUser(), id, scope));
  });
}

/** Changes a claim; the body carries the `version` last read, and a stale one answers 409. */
export function PATCH(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    authorize(user, updateClaim.action);
    if (!isRecordId(id)) throw notFound("Claim");
    const body = await readJsonBody(request);
    await updateClaim.execute(user, { ...body, id });
    return NextResponse.json(await getClaim(user, id, "internal"));
  });
}
