import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { createTopic } from "@/lib/topics/create-topic";
import { getTopic, listTopics } from "@/lib/topics/queries";

/** Every topic, archived ones with their `archivedAt`. */
export const GET = defineRoute({
  handle: async () => NextResponse.json({ items: await listTopics() }),
});

/** Creates a topic (analyst and above); answers 201 with the topic. */
export const POST = defineRoute({
  access: createTopic.action,
  body: ZMutationBody,
  async handle({ user, body }) {
    const { id } = await createTopic.execute(user, body);
    return NextResponse.json(await getTopic(id), {
      status: 201,
      headers: { Location: `/api/v1/topics/${id}` },
    });
  },
});
