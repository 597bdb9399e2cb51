import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";
import { updateUser } from "@/lib/admin/update-user";

type Context = { params: Promise<{ id: string }> };

/** Changes a user's `role` and/or `active` (false deactivates, true reactivates). Admins only. */
export function PATCH(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    authorize(user, updateUser.action);
    if (!isRecordId(id)) throw notFound("User");
    const body = await readJsonBody(request);
    return NextResponse.json(await updateUser.execute(user, { ...body, id }));
  });
}
