import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { isoDate } from "@/lib/forms/fields";
import { claimViewInclude, toClaimView } from "@/lib/claims/queries";
import { resolveClaimScope, visibleClaimsWhere, type ClaimScope } from "@/lib/claims/visibility";

/**
 * A claim with its citations and outcome timeline. The public reading includes only
 * approved citations and outcome entries, so nothing awaiting review shows.
 */
export async function getClaimDetails(
  user: SessionUser | null,
  id: string,
  wanted: ClaimScope = "public",
) {
  const scope = resolveClaimScope(user, wanted);
  if (!isRecordId(id)) throw notFound("Claim");
  const approvedOnly = scope === "public" ? { publishedAt: { not: null } } : {};
  const claim = await db.claim.findFirst({
    where: { AND: [{ id }, visibleClaimsWhere(scope)] },
    include: {
      ...claimViewInclude,
      citations: {
        where: approvedOnly,
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
      },
      outcomeUpdates: {
        where: approvedOnly,
        orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
        include: {
          evidence: { include: { source: { select: { id: true, url: true, title: true } } } },
        },
      },
    },
  });
  if (!claim) throw notFound("Claim");

  return {
    claim: toClaimView(claim, scope),
    scope,
    citations: claim.citations.map((c) => ({
      id: c.id,
      exact: c.exact,
      prefix: c.prefix,
      suffix: c.suffix,
      foundInCapture: c.foundInCapture,
      credibility: c.credibility,
      pendingReview: c.publishedAt === null,
      source: { ...c.source, publishedAt: c.source.publishedAt?.toISOString() ?? null },
    })),
    timeline: claim.outcomeUpdates.map((u) => ({
      id: u.id,
      status: u.status,
      occurredAt: isoDate(u.occurredAt),
      note: u.note,
      pendingReview: u.publishedAt === null,
      evidence: u.evidence.map((e) => e.source),
    })),
  };
}

export type ClaimDetails = Awaited<ReturnType<typeof getClaimDetails>>;
