import "server-only";
import { db } from "@/lib/db";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import type { SitemapItem } from "@/lib/public/sitemap-entries";

// The sitemap files of public source pages (/sources/<id>): a source is public while an
// approved, not retired citation of a published claim cites it (lib/sources/public-source.ts
// states the same rule for the page). Files are cut in (createdAt, id) order, so every file
// but the last keeps its contents as sources are added.

interface FileStart {
  at: string;
  id: string;
}

const PUBLIC_SOURCE = `EXISTS (
  SELECT 1 FROM "Citation" c JOIN "Claim" cl ON cl."id" = c."claimId"
  WHERE c."sourceId" = src."id" AND c."publishedAt" IS NOT NULL AND c."retiredAt" IS NULL
    AND cl."publishedRevisionId" IS NOT NULL)`;

/** Where each sources file starts: every `perFile`-th public source in (createdAt, id) order. */
export const readSourceFileStarts = cachedPublicQuery(
  "sitemap.sourceFileStarts",
  (perFile: number) =>
    db.$queryRawUnsafe<FileStart[]>(
      `SELECT s.at, s.id FROM (
         SELECT src."createdAt"::text AS at, src."id"::text AS id,
                row_number() OVER (ORDER BY src."createdAt", src."id") AS n
         FROM "Source" src WHERE ${PUBLIC_SOURCE}) s
       WHERE (s.n - 1) % $1 = 0 ORDER BY s.at, s.id`,
      perFile,
    ),
);

/** The public source pages from `start` up to `next` (exclusive), dated by their latest capture. */
export const readSourceItems = cachedPublicQuery(
  "sitemap.sources",
  async (start: FileStart, next: FileStart | null, perFile: number): Promise<SitemapItem[]> => {
    const rows = await db.$queryRawUnsafe<{ id: string; modified: Date | null }[]>(
      `SELECT src."id"::text AS id, src."capturedAt" AS modified FROM "Source" src
       WHERE ${PUBLIC_SOURCE}
         AND (src."createdAt", src."id") >= ($1::timestamp, $2::uuid)
         AND ($3::timestamp IS NULL OR (src."createdAt", src."id") < ($3::timestamp, $4::uuid))
       ORDER BY src."createdAt", src."id" LIMIT $5`,
      start.at,
      start.id,
      next?.at ?? null,
      next?.id ?? null,
      perFile,
    );
    return rows.map((r) => ({
      path: `/sources/${r.id}`,
      lastModified: r.modified ? new Date(r.modified).toISOString() : undefined,
    }));
  },
);
