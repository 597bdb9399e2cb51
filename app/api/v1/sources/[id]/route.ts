import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";
import { can } from "@/lib/auth/policy";
import { getPublicSource } from "@/lib/sources/public-source";
import { getSource } from "@/lib/sources/queries";
import { updateSource } from "@/lib/sources/update-source";

type Context = { params: Promise<{ id: string }> };

/**
 * One source. Members get the whole record (latest captured text, capture history, every
 * citing claim they may see); everyone else gets the public reading of a source cited by a
 * published claim (fields, capture dates and hashes, published claims with their quotes),
 * and 404 for any other source.
 */
export function GET(_request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    if (user && can(user.role, "claim.readInternal")) {
      return NextResponse.json(await getSource(user, id));
    }
    const source = await getPublicSource(id);
    if (!source) throw notFound("Source");
    return NextResponse.json(source);
  });
}

/** Changes a source's description or grade (analyst and above); absent fields stay. */
export function PATCH(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    authorize(user, updateSource.action);
    if (!isRecordId(id)) throw notFound("Source");
    const body = await readJsonBody(request);
    await updateSource.execute(user, { ...body, id });
    return NextResponse.json(await getSource(user, id));
  });
}
