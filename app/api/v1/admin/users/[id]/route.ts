import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { updateUser } from "@/lib/admin/update-user";

/** Changes a user's `role` and/or `active` (false deactivates, true reactivates). Admins only. */
export const PATCH = defineRoute({
  access: updateUser.action,
  params: idParams("User"),
  body: ZMutationBody,
  handle: async ({ user, params, body }) =>
    NextResponse.json(await updateUser.execute(user, { ...body, id: params.id })),
});
