import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuoteCheck } from "@/lib/generated/prisma/enums";
import type { ClaimScope } from "@/lib/claims/visibility";
import { CREDIBILITY_GRADES } from "@/lib/scales";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { claimTag } from "@/lib/cache/tags";

const citationInclude = {
  replacedBy: { where: { retiredAt: null }, select: { id: true } },
  checkedCapture: { select: { capturedAt: true } },
  lastFoundCapture: { select: { capturedAt: true } },
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
    /**
     * The quote re-checked against the source's latest capture after a re-capture
     * (lib/sources/recheck-citations.ts), or null when the source was never captured again.
     */
    captureCheck: captureCheckOf(c),
    credibility: c.credibility,
    /** The Admiralty digit, 1–6, next to the name. */
    credibilityGrade: CREDIBILITY_GRADES[c.credibility].grade,
    note: c.note,
    createdAt: c.createdAt.toISOString(),
    pendingReview: c.publishedAt === null,
    /** Where it stands on the record (see `citationState`). */
    state: citationState(c),
    replacesId: c.replacesId,
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    withdrawalNote: c.withdrawalNote,
    source: {
      ...c.source,
      publishedAt: c.source.publishedAt?.toISOString() ?? null,
      capturedAt: c.source.capturedAt?.toISOString() ?? null,
    },
  };
}

/** A citation's re-check: FOUND, MOVED or MISSING in the capture of `checkedAt` (ISO 8601). */
export interface CaptureCheckView {
  check: QuoteCheck;
  /** ISO 8601 capture time of the capture it was checked against. */
  checkedAt: string;
  /** ISO 8601 capture time of the newest capture still holding the quote, if any. */
  lastFoundAt: string | null;
}

function captureCheckOf(c: CitationRow): CaptureCheckView | null {
  const checkedAt = c.checkedCapture?.capturedAt ?? c.captureCheckedAt;
  if (!c.captureCheck || !checkedAt) return null;
  return {
    check: c.captureCheck,
    checkedAt: checkedAt.toISOString(),
    lastFoundAt: c.lastFoundCapture?.capturedAt.toISOString() ?? null,
  };
}

export type CitationView = ReturnType<typeof toCitationView>;

/**
 * A citation's place on the record: APPROVED (public), PENDING (added or corrected, waiting
 * for review), WITHDRAWAL_PENDING (approved, its withdrawal waiting for review), REPLACED
 * (approved, a correction of it waiting for review; public until that is approved) or
 * RETIRED (withdrawn or replaced: kept for the history, never public).
 */
function citationState(c: CitationRow) {
  if (c.retiredAt !== null) return "RETIRED" as const;
  if (c.publishedAt === null) return "PENDING" as const;
  if (c.withdrawnAt !== null) return "WITHDRAWAL_PENDING" as const;
  if (c.replacedBy.length > 0) return "REPLACED" as const;
  return "APPROVED" as const;
}

/** The public sees approved citations still on the record; members see every one. */
const scopeWhere = (scope: ClaimScope): Prisma.CitationWhereInput =>
  scope === "public" ? { publishedAt: { not: null }, retiredAt: null } : {};

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

const readPublicCitations = cachedPublicQuery(
  "citations.forClaim",
  (claimId: string) => readCitations(claimId, "public"),
  (claimId) => [claimTag(claimId)],
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
