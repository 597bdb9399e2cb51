import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimScope } from "@/lib/claims/visibility";
import { CREDIBILITY_GRADES } from "@/lib/scales";
import { cachedPublicQuery } from "@/lib/cache/public-content";

const citationInclude = {
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
} satisfies Prisma.CitationInclude;

type CitationRow = Prisma.CitationGetPayload<{ include: typeof citationInclude }>;

function toCitationView(c: CitationRow) {
  return {
    id: c.id,
    claimId: c.claimId,
    exact: c.exact,
    prefix: c.prefix,
    suffix: c.suffix,
    foundInCapture: c.foundInCapture,
    credibility: c.credibility,
    /** The Admiralty digit, 1–6, next to the name. */
    credibilityGrade: CREDIBILITY_GRADES[c.credibility].grade,
    note: c.note,
    createdAt: c.createdAt.toISOString(),
    pendingReview: c.publishedAt === null,
    source: {
      ...c.source,
      publishedAt: c.source.publishedAt?.toISOString() ?? null,
      capturedAt: c.source.capturedAt?.toISOString() ?? null,
    },
  };
}

export type CitationView = ReturnType<typeof toCitationView>;

const scopeWhere = (scope: ClaimScope): Prisma.CitationWhereInput =>
  scope === "public" ? { publishedAt: { not: null } } : {};

/**
 * A claim's citations with their sources. The public reading includes only approved ones.
 * Call with a scope from `resolveClaimScope` for a claim the caller may see.
 */
export async function listCitationsForClaim(
  claimId: string,
  scope: ClaimScope,
): Promise<CitationView[]> {
  return scope === "public" ? readPublicCitations(claimId) : readCitations(claimId, scope);
}

const readPublicCitations = cachedPublicQuery("citations.forClaim", (claimId: string) =>
  readCitations(claimId, "public"),
);

async function readCitations(claimId: string, scope: ClaimScope): Promise<CitationView[]> {
  const rows = await db.citation.findMany({
    where: { claimId, ...scopeWhere(scope) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: citationInclude,
  });
  return rows.map(toCitationView);
}

/** One citation of a claim the caller may see (same scope rule as the list), or null. */
export async function findCitation(
  claimId: string,
  id: string,
  scope: ClaimScope,
): Promise<CitationView | null> {
  const row = await db.citation.findFirst({
    where: { id, claimId, ...scopeWhere(scope) },
    include: citationInclude,
  });
  return row ? toCitationView(row) : null;
}
