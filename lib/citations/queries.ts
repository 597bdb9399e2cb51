import "server-only";
import { db } from "@/lib/db";
import type { ClaimScope } from "@/lib/claims/visibility";

/**
 * A claim's citations with their sources. The public reading includes only approved ones.
 * Call with a scope from `resolveClaimScope` for a claim the caller may see.
 */
export async function listCitationsForClaim(claimId: string, scope: ClaimScope) {
  const rows = await db.citation.findMany({
    where: { claimId, ...(scope === "public" ? { publishedAt: { not: null } } : {}) },
    orderBy: { createdAt: "asc" },
    include: {
      source: {
        select: {
          id: true,
          url: true,
          title: true,
          outlet: true,
          publishedAt: true,
          reliability: true,
          capturedAt: true,
          capturedSha256: true,
        },
      },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    exact: c.exact,
    prefix: c.prefix,
    suffix: c.suffix,
    foundInCapture: c.foundInCapture,
    credibility: c.credibility,
    pendingReview: c.publishedAt === null,
    source: { ...c.source, publishedAt: c.source.publishedAt?.toISOString() ?? null },
  }));
}

export type CitationView = Awaited<ReturnType<typeof listCitationsForClaim>>[number];
