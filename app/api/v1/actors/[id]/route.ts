import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";
import { getActor } from "@/lib/actors/queries";
import { updateActor } from "@/lib/actors/update-actor";

type Context = { params: Promise<{ id: string }> };

/** One actor; a merged one carries `mergedIntoId`, the actor to follow. */
export function GET(_request: Request, { params }: Context) {
  return handleApi(async () => NextResponse.json(await getActor((await params).id)));
}

/**
 * Changes an actor (analyst and above): one or more of name, kind, affiliation, description, plus
 * `addAliases` (names) and `removeAliasIds`.
 */
export function PATCH(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    authorize(user, updateActor.action);
    if (!isRecordId(id)) throw notFound("Actor");
    const body = await readJsonBody(request);
    await updateActor.execute(user, { ...body, id });
    return NextResponse.json(await getActor(id));
  });
}
