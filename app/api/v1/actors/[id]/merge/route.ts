import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";
import { getActor } from "@/lib/actors/queries";
import { mergeActors } from "@/lib/actors/merge-actors";

type Context = { params: Promise<{ id: string }> };

/**
 * Merges this actor into `{ "intoId": … }` (editor and admin): its claims move to that actor,
 * which is returned as `survivor`.
 */
export function POST(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    authorize(user, mergeActors.action);
    if (!isRecordId(id)) throw notFound("Actor");
    const body = await readJsonBody(request);
    const result = await mergeActors.execute(user, { ...body, id });
    return NextResponse.json({ ...result, survivor: await getActor(result.intoId) });
  });
}
