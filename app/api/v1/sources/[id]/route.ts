import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";
import { getSource } from "@/lib/sources/queries";
import { updateSource } from "@/lib/sources/update-source";

type Context = { params: Promise<{ id: string }> };

/** One source with its captured copy and the claims citing it that the caller may see. */
export function GET(_request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    return NextResponse.json(await getSource(await getCurrentUser(), id));
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
