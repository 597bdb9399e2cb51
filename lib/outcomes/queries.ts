import "server-only";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/forms/fields";
import type { ClaimScope } from "@/lib/claims/visibility";

/**
 * A claim's outcome timeline, oldest first. The public reading includes only approved
 * entries. Call with a scope from `resolveClaimScope` for a claim the caller may see.
 */
export async function listOutcomeTimeline(claimId: string, scope: ClaimScope) {
  const rows = await db.outcomeUpdate.findMany({
    where: { claimId, ...(scope === "public" ? { publishedAt: { not: null } } : {}) },
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
    include: {
      evidence: { include: { source: { select: { id: true, url: true, title: true } } } },
    },
  });
  return rows.map((u) => ({
    id: u.id,
    status: u.status,
    occurredAt: isoDate(u.occurredAt),
    note: u.note,
    correctsId: u.correctsId,
    pendingReview: u.publishedAt === null,
    evidence: u.evidence.map((e) => e.source),
  }));
}

export type OutcomeEntryView = Awaited<ReturnType<typeof listOutcomeTimeline>>[number];
