import "server-only";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { claimTag } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { visibleClaimsWhere } from "@/lib/claims/visibility";
import { isResolved } from "@/lib/outcomes/resolved";
import { findCurrentOutcome } from "@/lib/outcomes/current-outcome";
import { isoDate } from "@/lib/forms/fields";
import {
  buildClaimReview,
  type ClaimReviewFacts,
  type ClaimReviewJsonLd,
} from "@/lib/public/claim-review";
import { organizationName, publicOrigin } from "@/lib/site/origin";

export type ClaimReviewData = Omit<ClaimReviewFacts, "url" | "organization">;

/**
 * The facts for a claim's ClaimReview markup, read from the public reading whoever is asking:
 * the published revision, the approved outcome and the approved citations. Null unless the
 * claim is published and its public outcome settles it. A retracted claim has none: its page,
 * the API and the feed show the retraction and its correction note instead of a rating.
 */
export const getClaimReviewData = cachedPublicQuery(
  "public.claimReview",
  readClaimReviewData,
  (claimId) => [claimTag(claimId)],
);

async function readClaimReviewData(claimId: string): Promise<ClaimReviewData | null> {
  const claim = await db.claim.findFirst({
    where: { AND: [{ id: claimId }, visibleClaimsWhere("public")] },
    select: {
      publicOutcomeStatus: true,
      firstPublishedAt: true,
      retractedAt: true,
      publishedRevision: {
        select: {
          statement: true,
          kind: true,
          madeAt: true,
          claimant: { select: { name: true, kind: true } },
        },
      },
    },
  });
  const revision = claim?.publishedRevision;
  if (!claim || !revision || claim.retractedAt || !isResolved(claim.publicOutcomeStatus)) {
    return null;
  }

  const [latest, citations] = await Promise.all([
    // The entry that gave the claim its public outcome.
    findCurrentOutcome(db, claimId, "public"),
    // Approved and still on the record: a withdrawn or replaced citation is never public.
    db.citation.findMany({
      where: { claimId, publishedAt: { not: null }, retiredAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { source: { select: { url: true, publishedAt: true } } },
    }),
  ]);
  const reviewedAt = latest?.publishedAt ?? claim.firstPublishedAt ?? new Date();
  return {
    statement: revision.statement,
    kind: revision.kind,
    claimant: revision.claimant,
    madeAt: isoDate(revision.madeAt),
    outcome: claim.publicOutcomeStatus,
    retracted: false,
    reviewedAt: reviewedAt.toISOString(),
    explanation: latest?.note ?? null,
    sources: citations.map((c) => ({
      url: c.source.url,
      publishedAt: c.source.publishedAt?.toISOString() ?? null,
    })),
  };
}

/**
 * The ClaimReview markup for a claim's page, or null while it has none; `origin` as for
 * `publicOrigin` (given on a cached page).
 */
export async function loadClaimReview(
  claimId: string,
  origin?: string,
): Promise<ClaimReviewJsonLd | null> {
  const data = await getClaimReviewData(claimId);
  if (!data) return null;
  return buildClaimReview({
    ...data,
    url: `${await publicOrigin(origin)}/claims/${claimId}`,
    organization: organizationName(),
  });
}
