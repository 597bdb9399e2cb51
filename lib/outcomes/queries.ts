import "server-only";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/forms/fields";
import type { ClaimScope } from "@/lib/claims/visibility";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { claimTag } from "@/lib/cache/tags";

/**
 * A claim's outcome timeline, oldest first. The public reading includes only approved
 * entries. Call with a scope from `resolveClaimScope` for a claim the caller may see.
 * A correction names the entry it corrects (`corrects`), and a corrected entry lists the
 * entries that correct it (`correctedBy`), both as far as the reader may see them.
 */
export async function listOutcomeTimeline(claimId: string, scope: ClaimScope) {
  return scope === "public" ? publicTimeline(claimId) : readTimeline(claimId, scope);
}

async function readTimeline(claimId: string, scope: ClaimScope) {
  const rows = await db.outcomeUpdate.findMany({
    where: { claimId, ...(scope === "public" ? { publishedAt: { not: null } } : {}) },
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
    include: {
      evidence: { include: { source: { select: { id: true, url: true, title: true } } } },
    },
  });
  const byId = new Map(rows.map((u) => [u.id, u]));
  const link = (u: { id: string; occurredAt: Date }) => ({
    id: u.id,
    occurredAt: isoDate(u.occurredAt),
  });
  return rows.map((u) => {
    const corrected = u.correctsId ? byId.get(u.correctsId) : undefined;
    return {
      id: u.id,
      status: u.status,
      occurredAt: isoDate(u.occurredAt),
      note: u.note,
      correctsId: u.correctsId,
      corrects: corrected ? link(corrected) : null,
      correctedBy: rows.filter((c) => c.correctsId === u.id).map(link),
      recordedAt: u.createdAt.toISOString(),
      pendingReview: u.publishedAt === null,
      evidence: u.evidence.map((e) => e.source),
    };
  });
}

const publicTimeline = cachedPublicQuery(
  "outcomes.timeline",
  (claimId: string) => readTimeline(claimId, "public"),
  (claimId) => [claimTag(claimId)],
);

export type OutcomeEntryView = Awaited<ReturnType<typeof listOutcomeTimeline>>[number];

/**
 * The sources an evidence picker offers before anything is typed: those the claim already
 * cites, then the library's newest, `limit` in all. Any other source is found by searching.
 */
export async function listEvidenceSources(claimId: string, limit = 10) {
  const select = { id: true, title: true, url: true, outlet: true } as const;
  const cited = await db.source.findMany({
    select,
    where: { citations: { some: { claimId } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
  });
  const newest = await db.source.findMany({
    select,
    where: { id: { notIn: cited.map((s) => s.id) } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit - cited.length,
  });
  return [...cited, ...newest];
}

export type EvidenceSourceOption = Awaited<ReturnType<typeof listEvidenceSources>>[number];
