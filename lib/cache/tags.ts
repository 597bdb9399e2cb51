import "server-only";
import type { Tx } from "@/lib/db";

// The cache tags of public content. A cached read (cachedPublicQuery) carries the tags of the
// records its result depends on, and a page rendered from cached reads carries all of theirs;
// a change notifies the tags of what it changed (defineMutation's `publicChanges`), so a
// publish drops the pages of that claim, its claimant, its topics and the lists, and nothing
// else. A new public page follows the same pattern: read through cachedPublicQuery with the
// tags of the records shown, and notify those tags from the mutations that change them.

/** Carried by every cached public read: notified by rare, wide changes (a rename, a merge). */
export const ALL_PUBLIC_TAG = "public-all";
/** Lists and aggregates over all published claims: home, search, feed, sitemaps, analytics. */
export const PUBLIC_CONTENT_TAG = "public-content";

/** One claim's own page content: the claim, its citations, timeline and forecasts. */
export const claimTag = (claimId: string) => `claim:${claimId}`;
/** What is published under one claimant: their page, their claims' "related" lists. */
export const actorTag = (actorId: string) => `actor:${actorId}`;
/** What is published under one topic (by slug, as its pages are addressed). */
export const topicTag = (slug: string) => `topic:${encodeURIComponent(slug)}`;

/**
 * The tags a change to claim `claimId`'s public reading invalidates: the claim, every
 * claimant and topic any of its revisions named (so the page it leaves is dropped as well as
 * the one it joins), and the lists.
 */
export async function claimChangeTags(tx: Tx, claimId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ actor: string | null; slug: string | null }[]>`
    SELECT DISTINCT r."claimantId"::text AS actor, t.slug
    FROM "ClaimRevision" r
    LEFT JOIN "RevisionTopic" rt ON rt."revisionId" = r.id
    LEFT JOIN "Topic" t ON t.id = rt."topicId"
    WHERE r."claimId" = ${claimId}::uuid`;
  const tags = new Set([claimTag(claimId), PUBLIC_CONTENT_TAG]);
  for (const { actor, slug } of rows) {
    if (actor) tags.add(actorTag(actor));
    if (slug) tags.add(topicTag(slug));
  }
  return [...tags];
}
