import "server-only";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { actorTag, PUBLIC_CONTENT_TAG, topicTag } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimViewInclude, toClaimView } from "@/lib/claims/queries";
import type { ClaimView } from "@/lib/claims/claim-view";
import { visibleClaimsWhere } from "@/lib/claims/visibility";

export const RELATED_MAX = 5;

/**
 * Published claims by the same claimant or on one of the same topics, newest first, in the
 * public reading (matched on their published revisions), whoever is looking: the list sits
 * on a public page. The claimant's own claims come first.
 */
export const listRelatedClaims = cachedPublicQuery(
  "public.related",
  readRelatedClaims,
  // Dropped whenever the claimant or one of the topics gains or loses a published claim.
  ({ claimantId, topicIds, topicSlugs }) => [
    actorTag(claimantId),
    ...(topicSlugs ? topicSlugs.map(topicTag) : topicIds.length > 0 ? [PUBLIC_CONTENT_TAG] : []),
  ],
);

async function readRelatedClaims(claim: {
  id: string;
  claimantId: string;
  topicIds: string[];
  /** The topics' slugs, for the cache tags; without them the lists' tag is used. */
  topicSlugs?: string[];
}): Promise<ClaimView[]> {
  const base: Prisma.ClaimWhereInput = {
    AND: [visibleClaimsWhere("public"), { NOT: { id: claim.id } }],
  };
  const sameClaimant: Prisma.ClaimWhereInput = {
    publishedRevision: { is: { claimantId: claim.claimantId } },
  };
  const sameTopic: Prisma.ClaimWhereInput = {
    publishedRevision: { is: { topics: { some: { topicId: { in: claim.topicIds } } } } },
  };
  const order = [{ firstPublishedAt: "desc" as const }, { id: "asc" as const }];
  const byClaimant = await db.claim.findMany({
    where: { AND: [base, sameClaimant] },
    include: claimViewInclude,
    orderBy: order,
    take: RELATED_MAX,
  });
  const byTopic =
    byClaimant.length < RELATED_MAX && claim.topicIds.length > 0
      ? await db.claim.findMany({
          where: { AND: [base, sameTopic, { NOT: sameClaimant }] },
          include: claimViewInclude,
          orderBy: order,
          take: RELATED_MAX - byClaimant.length,
        })
      : [];
  return [...byClaimant, ...byTopic].map((row) => toClaimView(row, "public"));
}
