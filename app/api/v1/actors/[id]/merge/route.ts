import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { getActor } from "@/lib/actors/queries";
import { mergeActors } from "@/lib/actors/merge-actors";

/**
 * Merges this actor into `{ "intoId": … }` (editor and admin): its claims move to that actor,
 * which is returned as `survivor`.
 */
export const POST = defineRoute({
  access: mergeActors.action,
  params: idParams("Actor"),
  body: ZMutationBody,
  async handle({ user, params, body }) {
    const result = await mergeActors.execute(user, { ...body, id: params.id });
    return NextResponse.json({ ...result, survivor: await getActor(result.intoId) });
  },
});
