import "server-only";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { db } from "@/lib/db";

const OPTIONS_MAX = 500;

/**
 * The choices of the claim search's topic filter: topics with at least one published claim
 * (by its published revision), so every choice has something to show and no name appears
 * that only unpublished work mentions. Claimants are typed by name instead
 * (lib/actors/resolve-claimant.ts): a team has thousands.
 */
export const listSearchOptions = cachedPublicQuery("public.searchOptions", readSearchOptions);

async function readSearchOptions() {
  const published = { publishedOf: { isNot: null } };
  const topics = await db.topic.findMany({
    where: { revisions: { some: { revision: published } } },
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
    take: OPTIONS_MAX,
  });
  return { topics: topics.map((t) => ({ value: t.slug, label: t.name })) };
}

export type SearchOptions = Awaited<ReturnType<typeof readSearchOptions>>;
