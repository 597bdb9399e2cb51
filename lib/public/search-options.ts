import "server-only";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { db } from "@/lib/db";

const OPTIONS_MAX = 500;

/**
 * The choices of the claim search's topic and actor filters: those with at least one
 * published claim (by its published revision), so every choice has something to show and
 * no name appears that only unpublished work mentions.
 */
export const listSearchOptions = cachedPublicQuery("public.searchOptions", readSearchOptions);

async function readSearchOptions() {
  const published = { publishedOf: { isNot: null } };
  const [topics, actors] = await Promise.all([
    db.topic.findMany({
      where: { revisions: { some: { revision: published } } },
      select: { slug: true, name: true },
      orderBy: { name: "asc" },
      take: OPTIONS_MAX,
    }),
    db.actor.findMany({
      where: { revisions: { some: published } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: OPTIONS_MAX,
    }),
  ]);
  return {
    topics: topics.map((t) => ({ value: t.slug, label: t.name })),
    actors: actors.map((a) => ({ value: a.id, label: a.name })),
  };
}

export type SearchOptions = Awaited<ReturnType<typeof readSearchOptions>>;
