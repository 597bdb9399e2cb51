import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { getActor } from "@/lib/actors/queries";
import { updateActor } from "@/lib/actors/update-actor";

const params = idParams("Actor");

/** One actor; a merged one carries `mergedIntoId`, the actor to follow. */
export const GET = defineRoute({
  params,
  handle: async ({ params }) => NextResponse.json(await getActor(params.id)),
});

/**
 * Changes an actor (analyst and above): one or more of name, kind, affiliation, description, plus
 * `addAliases` (names) and `removeAliasIds`.
 */
export const PATCH = defineRoute({
  access: updateActor.action,
  params,
  body: ZMutationBody,
  async handle({ user, params, body }) {
    await updateActor.execute(user, { ...body, id: params.id });
    return NextResponse.json(await getActor(params.id));
  },
});
