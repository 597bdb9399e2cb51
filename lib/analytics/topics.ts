import "server-only";
import { db } from "@/lib/db";

const TOPICS_MAX = 500;

/** A topic to filter the analytics by: `value` its slug, `label` its name. */
export interface TopicOption {
  value: string;
  label: string;
}

/**
 * The topics the analytics can be filtered by: those with at least one published,
 * non-retracted claim, read from the month cells of "ClaimRollup" (a few rows per topic and
 * month) rather than by a join over every published revision; by name, at most 500.
 */
export async function listAnalyticsTopics(): Promise<TopicOption[]> {
  return db.$queryRaw<TopicOption[]>`
    SELECT t.slug AS value, t.name AS label
    FROM "Topic" t
    JOIN (SELECT r."topicId" FROM "ClaimRollup" r WHERE r.facet = 'month'
          GROUP BY 1 HAVING SUM(r.n) > 0) used ON used."topicId" = t.id
    ORDER BY t.name, t.slug
    LIMIT ${TOPICS_MAX}`;
}
