import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { getSource } from "@/lib/sources/queries";
import { updateSource } from "@/lib/sources/update-source";

const params = idParams("Source");

/** One source with its captured copy and the claims citing it that the caller may see. */
export const GET = defineRoute({
  params,
  handle: async ({ user, params }) => NextResponse.json(await getSource(user, params.id)),
});

/** Changes a source's description or grade (analyst and above); absent fields stay. */
export const PATCH = defineRoute({
  access: updateSource.action,
  params,
  body: ZMutationBody,
  async handle({ user, params, body }) {
    await updateSource.execute(user, { ...body, id: params.id });
    return NextResponse.json(await getSource(user, params.id));
  },
});
