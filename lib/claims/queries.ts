import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { internalClaimView, publicClaimView, type ClaimView } from "@/lib/claims/claim-view";
import { resolveClaimScope, visibleClaimsWhere, type ClaimScope } from "@/lib/claims/visibility";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { claimTag } from "@/lib/cache/tags";

const claimant = { select: { id: true, name: true, kind: true, affiliation: true } } as const;
const topics = { select: { topic: { select: { id: true, name: true, slug: true } } } } as const;

export const claimViewInclude = {
  claimant,
  topics,
  publishedRevision: { include: { claimant, topics } },
} satisfies Prisma.ClaimInclude;

type ClaimWithContent = Prisma.ClaimGetPayload<{ include: typeof claimViewInclude }>;

export function toClaimView(claim: ClaimWithContent, scope: ClaimScope): ClaimView {
  if (scope === "internal") return internalClaimView(claim);
  if (!claim.publishedRevision) throw notFound("Claim");
  return publicClaimView(claim, claim.publishedRevision);
}

export async function getClaim(
  user: SessionUser | null,
  id: string,
  wanted: ClaimScope = "public",
): Promise<ClaimView> {
  const scope = resolveClaimScope(user, wanted);
  if (!isRecordId(id)) throw notFound("Claim");
  const claim = scope === "public" ? await readPublicClaim(id) : await readClaim(id, scope);
  if (!claim) throw notFound("Claim");
  return claim;
}

async function readClaim(id: string, scope: ClaimScope): Promise<ClaimView | null> {
  const claim = await db.claim.findFirst({
    where: { AND: [{ id }, visibleClaimsWhere(scope)] },
    include: claimViewInclude,
  });
  return claim ? toClaimView(claim, scope) : null;
}

const readPublicClaim = cachedPublicQuery(
  "claims.get",
  (id: string) => readClaim(id, "public"),
  (id) => [claimTag(id)],
);

/** Counts of published claims by their public outcome, for the home page. */
export const countPublishedByOutcome = cachedPublicQuery("claims.countByOutcome", async () => {
  const groups = await db.claim.groupBy({
    by: ["publicOutcomeStatus"],
    where: visibleClaimsWhere("public"),
    _count: { _all: true },
  });
  return groups.map((g) => ({ outcome: g.publicOutcomeStatus, count: g._count._all }));
});
