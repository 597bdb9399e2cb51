import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { authorize } from "@/lib/mutation";
import { createTopic } from "@/lib/topics/create-topic";
import { getTopic, listTopics } from "@/lib/topics/queries";

/** Every topic, archived ones with their `archivedAt`. */
export function GET() {
  return handleApi(async () => NextResponse.json({ items: await listTopics() }));
}

/** Creates a topic (analyst and above); answers 201 with the topic. */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, createTopic.action);
    const body = await readJsonBody(request);
    const { id } = await createTopic.execute(user, body);
    return NextResponse.json(await getTopic(id), {
      status: 201,
      headers: { Location: `/api/v1/topics/${id}` },
    });
  });
}
