import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { toTopicView, type TopicView } from "@/lib/topics/topic-view";

// Topics are public records: anyone may read them, archived ones included.

/** Topics offered for new claims: archived ones are left out. */
export async function listActiveTopics() {
  return db.topic.findMany({
    where: { archivedAt: null },
    select: { id: true, name: true, slug: true },
    orderBy: { name: "asc" },
  });
}

const topicFields = { id: true, name: true, slug: true, archivedAt: true } as const;

/** Every topic, active and archived, by name. */
export async function listTopics(): Promise<TopicView[]> {
  const topics = await db.topic.findMany({ select: topicFields, orderBy: { name: "asc" } });
  return topics.map(toTopicView);
}

// A slug as topics are given one: lower-case letters, digits and hyphens. Anything else in
// the address (NUL, an undecodable or over-long value) names no topic, and is never sent to
// the database, which would refuse it with an error instead of "not found".
const SLUG = /^[\p{L}\p{M}\p{N}-]{1,200}$/u;

/** The topic at `/topics/<slug>`. Errors: NOT_FOUND for an unknown or malformed slug. */
export async function getTopicBySlug(slug: string): Promise<TopicView> {
  if (!SLUG.test(slug)) throw notFound("Topic");
  const topic = await db.topic.findUnique({ where: { slug }, select: topicFields });
  if (!topic) throw notFound("Topic");
  return toTopicView(topic);
}

export async function getTopic(id: string): Promise<TopicView> {
  if (!isRecordId(id)) throw notFound("Topic");
  const topic = await db.topic.findUnique({ where: { id }, select: topicFields });
  if (!topic) throw notFound("Topic");
  return toTopicView(topic);
}
