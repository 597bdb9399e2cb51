import "server-only";
import { db } from "@/lib/db";
import { visibleClaimsWhere } from "@/lib/claims/visibility";
import { listPublicSourceIds } from "@/lib/sources/public-source";

/** The sitemap protocol's limit for one file; far beyond Claimwatch's size for now. */
const SITEMAP_MAX = 50_000;

export interface SitemapItem {
  path: string;
  lastModified?: string;
}

/**
 * The public pages worth crawling: every published claim, the sources they cite, and the
 * actor and topic pages that have at least one published claim (by its published revision). Dates are publication dates,
 * never working-copy edits, which the public cannot see.
 */
export async function listSitemapItems(): Promise<SitemapItem[]> {
  const published = { publishedOf: { isNot: null } };
  const [claims, actors, topics, sources] = await Promise.all([
    db.claim.findMany({
      where: visibleClaimsWhere("public"),
      select: { id: true, firstPublishedAt: true, retractedAt: true },
      orderBy: [{ firstPublishedAt: "desc" }, { id: "asc" }],
      take: SITEMAP_MAX,
    }),
    db.actor.findMany({
      where: { revisions: { some: published } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: SITEMAP_MAX,
    }),
    db.topic.findMany({
      where: { revisions: { some: { revision: published } } },
      select: { slug: true },
      orderBy: { slug: "asc" },
      take: SITEMAP_MAX,
    }),
    listPublicSourceIds(SITEMAP_MAX),
  ]);
  return [
    ...claims.map((c) => ({
      path: `/claims/${c.id}`,
      lastModified: (c.retractedAt ?? c.firstPublishedAt)?.toISOString(),
    })),
    ...actors.map((a) => ({ path: `/actors/${a.id}` })),
    ...topics.map((t) => ({ path: `/topics/${encodeURIComponent(t.slug)}` })),
    ...sources.map((id) => ({ path: `/sources/${id}` })),
  ];
}
