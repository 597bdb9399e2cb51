import "server-only";
import { escapeLike } from "@/lib/escape-like";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { claimViewInclude, toClaimView } from "@/lib/claims/queries";
import { resolveClaimScope, visibleClaimsWhere } from "@/lib/claims/visibility";
import { assertLibraryReader } from "@/lib/sources/access";
import { readCaptureHistory } from "@/lib/sources/captures";
import type { SourceListQuery } from "@/lib/sources/list-query";
import {
  sourceSummarySelect,
  toSourceSummary,
  type SourceDetail,
  type SourceSummary,
} from "@/lib/sources/source-view";

export interface SourcePage {
  items: SourceSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Every word of `q` (split on spaces, up to 10) must appear in the title, outlet, URL or
 * author, each in any of them and in any order: "security NATO" finds "Security guarantees
 * … similar to NATO".
 */
function searchWhere(query: Partial<SourceListQuery>): Prisma.SourceWhereInput {
  const words = (query.q ?? "").split(/\s+/).filter(Boolean).slice(0, 10);
  return {
    AND: [
      ...words.map((word) => ({
        OR: (["title", "outlet", "url", "author"] as const).map((field) => ({
          [field]: { contains: escapeLike(word), mode: "insensitive" as const },
        })),
      })),
      query.kind ? { kind: query.kind } : {},
      query.reliability ? { reliability: query.reliability } : {},
    ],
  };
}

/** The library, newest first, searched by title, outlet, URL and author. */
export async function listSources(
  user: SessionUser | null,
  query: Partial<SourceListQuery> = {},
): Promise<SourcePage> {
  assertLibraryReader(user);
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, query.pageSize ?? 20));
  const where = searchWhere(query);
  const [rows, total] = await Promise.all([
    db.source.findMany({
      where,
      select: sourceSummarySelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.source.count({ where }),
  ]);
  return { items: rows.map(toSourceSummary), total, page, pageSize };
}

/**
 * One source with its latest capture's text, its capture history, and the claims citing it
 * that `user` may see (members only).
 */
export async function getSource(user: SessionUser | null, id: string): Promise<SourceDetail> {
  assertLibraryReader(user);
  if (!isRecordId(id)) throw notFound("Source");
  const row = await db.source.findUnique({
    where: { id },
    select: {
      ...sourceSummarySelect,
      capturedText: true,
      createdBy: { select: { id: true, name: true } },
    },
  });
  if (!row) throw notFound("Source");
  const { capturedText, createdBy, ...summary } = row;
  const scope = resolveClaimScope(user, "internal");
  const history = await readCaptureHistory(id, "internal");
  const claims = await db.claim.findMany({
    where: { AND: [visibleClaimsWhere(scope), { citations: { some: { sourceId: id } } }] },
    include: claimViewInclude,
    orderBy: [{ madeAt: "desc" }, { id: "asc" }],
    take: 200,
  });
  return {
    ...toSourceSummary(summary),
    capturedText,
    createdBy,
    ...history,
    citingClaims: claims.map((c) => {
      const view = toClaimView(c, scope);
      return {
        id: view.id,
        statement: view.statement,
        isVerbatim: view.isVerbatim,
        claimantName: view.claimant.name,
        editorialStatus: view.editorialStatus,
      };
    }),
  };
}

/** The id of the source stored under this (already normalised) URL, if any. */
export async function findSourceIdByUrl(url: string): Promise<string | null> {
  const row = await db.source.findUnique({ where: { url }, select: { id: true } });
  return row?.id ?? null;
}
