import "server-only";
import { db } from "@/lib/db";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { readSourceFileStarts, readSourceItems } from "@/lib/public/sitemap-sources";

/** The sitemap protocol's limit of URLs in one file (sitemaps.org). */
export const SITEMAP_MAX = 50_000;

export interface SitemapItem {
  path: string;
  lastModified?: string;
}

/**
 * Where each claims file of the sitemap starts: every SITEMAP_MAX-th published claim in
 * publication order, (publicAt, claimId), read from that index alone. Claims are published
 * in time order, so every file but the last keeps its contents as the archive grows.
 */
const readClaimFileStarts = cachedPublicQuery(
  "sitemap.claimFileStarts",
  (perFile: number) =>
    db.$queryRaw<{ at: string; id: string }[]>`
    SELECT s.at, s.id FROM (
      SELECT "publicAt"::text AS at, "claimId" AS id,
             row_number() OVER (ORDER BY "publicAt", "claimId") AS n
      FROM "ClaimRevision" WHERE "publicAt" IS NOT NULL) s
    WHERE s.n % ${perFile} = ${perFile === 1 ? 0 : 1} ORDER BY s.at, s.id`,
);

/**
 * The sitemap files, for the sitemap index, by name: "0" holds the home page, the claim list
 * and every actor and topic page with a published claim; "1"… hold the published claims and
 * "sources-1"… the public source pages, SITEMAP_MAX at most each (`perFile`, for tests), so
 * every public page is listed and no file is too long.
 */
export async function listSitemapFiles(perFile = SITEMAP_MAX): Promise<string[]> {
  const [claimStarts, sourceStarts] = await Promise.all([
    readClaimFileStarts(perFile),
    readSourceFileStarts(perFile),
  ]);
  return [
    "0",
    ...claimStarts.map((_, i) => String(i + 1)),
    ...sourceStarts.map((_, i) => `sources-${i + 1}`),
  ];
}

const FILE_NAME = /^(sources-)?([0-9]{1,6})$/;

/** The pages of sitemap file `file` (see listSitemapFiles); none for a file that is not. */
export async function listSitemapItems(
  file: string,
  perFile = SITEMAP_MAX,
): Promise<SitemapItem[]> {
  const match = FILE_NAME.exec(file);
  if (!match) return [];
  const n = Number(match[2]);
  if (match[1]) {
    const starts = await readSourceFileStarts(perFile);
    const start = starts[n - 1];
    return start ? readSourceItems(start, starts[n] ?? null, perFile) : [];
  }
  if (n === 0) return readPageItems();
  const starts = await readClaimFileStarts(perFile);
  const start = starts[n - 1];
  return start ? readClaimItems(start, starts[n] ?? null, perFile) : [];
}

/**
 * Dates are publication dates (or the retraction), never working-copy edits, which the
 * public cannot see.
 */
const readClaimItems = cachedPublicQuery(
  "sitemap.claims",
  async (
    start: { at: string; id: string },
    next: { at: string; id: string } | null,
    perFile: number,
  ) => {
    const rows = await db.$queryRaw<{ id: string; modified: Date }[]>`
      SELECT r."claimId" AS id, coalesce(c."retractedAt", r."publicAt") AS modified
      FROM "ClaimRevision" r JOIN "Claim" c ON c."id" = r."claimId"
      WHERE r."publicAt" IS NOT NULL
        AND (r."publicAt", r."claimId") >= (${start.at}::timestamp, ${start.id}::uuid)
        AND (${next === null} OR (r."publicAt", r."claimId") < (${next?.at ?? null}::timestamp, ${next?.id ?? null}::uuid))
      ORDER BY r."publicAt", r."claimId" LIMIT ${perFile}`;
    return rows.map((r) => ({
      path: `/claims/${r.id}`,
      lastModified: new Date(r.modified).toISOString(),
    }));
  },
);

/** The fixed pages, and the actor and topic pages with a published claim. */
const readPageItems = cachedPublicQuery("sitemap.pages", async (): Promise<SitemapItem[]> => {
  const published = { publishedOf: { isNot: null } };
  const [actors, topics] = await Promise.all([
    db.actor.findMany({
      where: { revisions: { some: published } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: SITEMAP_MAX - 2,
    }),
    db.topic.findMany({
      where: { revisions: { some: { revision: published } } },
      select: { slug: true },
      orderBy: { slug: "asc" },
      take: SITEMAP_MAX - 2,
    }),
  ]);
  return [
    { path: "/" },
    { path: "/claims" },
    ...actors.map((a) => ({ path: `/actors/${a.id}` })),
    ...topics.map((t) => ({ path: `/topics/${encodeURIComponent(t.slug)}` })),
  ].slice(0, SITEMAP_MAX);
});
