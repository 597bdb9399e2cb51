import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { getTopic } from "@/lib/topics/queries";
import { updateTopic } from "@/lib/topics/update-topic";

const params = idParams("Topic");

export const GET = defineRoute({
  params,
  handle: async ({ params }) => NextResponse.json(await getTopic(params.id)),
});

/** Renames (`name`) and/or archives (`archived`: true/false) a topic; the slug never changes. */
export const PATCH = defineRoute({
  access: updateTopic.action,
  params,
  body: ZMutationBody,
  async handle({ user, params, body }) {
    await updateTopic.execute(user, { ...body, id: params.id });
    return NextResponse.json(await getTopic(params.id));
  },
});
