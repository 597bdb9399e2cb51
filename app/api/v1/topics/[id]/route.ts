import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";
import { getTopic } from "@/lib/topics/queries";
import { updateTopic } from "@/lib/topics/update-topic";

type Context = { params: Promise<{ id: string }> };

export function GET(_request: Request, { params }: Context) {
  return handleApi(async () => NextResponse.json(await getTopic((await params).id)));
}

/** Renames (`name`) and/or archives (`archived`: true/false) a topic; the slug never changes. */
export function PATCH(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    authorize(user, updateTopic.action);
    if (!isRecordId(id)) throw notFound("Topic");
    const body = await readJsonBody(request);
    await updateTopic.execute(user, { ...body, id });
    return NextResponse.json(await getTopic(id));
  });
}
