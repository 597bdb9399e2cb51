import "server-only";
import { db } from "@/lib/db";
import { cachedPublicQuery } from "@/lib/cache/public-content";
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

export interface TopicWithCount extends TopicView {
  /** Claims whose published revision is filed under the topic. */
  publishedClaims: number;
}

async function readTopicCounts(): Promise<TopicWithCount[]> {
  const rows = await db.$queryRaw<
    { id: string; name: string; slug: string; archivedAt: Date | null; count: number }[]
  >`
    SELECT t."id"::text, t."name", t."slug", t."archivedAt", count(c."id")::int AS count
    FROM "Topic" t
    LEFT JOIN "RevisionTopic" rt ON rt."topicId" = t."id"
    LEFT JOIN "Claim" c ON c."publishedRevisionId" = rt."revisionId"
    GROUP BY t."id"
    ORDER BY t."name"`;
  return rows.map(({ count, ...t }) => ({ ...toTopicView(t), publishedClaims: count }));
}

/**
 * Every topic, by name, with its number of published claims (by each claim's published
 * revision, as the public topic pages list them). Served from the public cache.
 */
export const listTopicsWithCounts = cachedPublicQuery("topics.counts", readTopicCounts);

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
