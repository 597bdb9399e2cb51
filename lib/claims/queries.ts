import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EditorialStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { internalClaimView, publicClaimView, type ClaimView } from "@/lib/claims/claim-view";
import { resolveClaimScope, visibleClaimsWhere, type ClaimScope } from "@/lib/claims/visibility";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { claimTag } from "@/lib/cache/tags";
import { TOTAL_CAP } from "@/lib/claims/keyset";

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

/**
 * The first page of the list of claims, newest first (first published for the public, last
 * changed for members), optionally limited to editorial statuses for members. Later pages
 * are the search's (`searchClaims` in lib/claims/search-claims.ts), which pages by cursor.
 */
export async function listClaims(
  user: SessionUser | null,
  options: { scope?: ClaimScope; pageSize?: number; status?: EditorialStatus[] } = {},
): Promise<{ items: ClaimView[]; total: number; totalIsCapped: boolean }> {
  const scope = resolveClaimScope(user, options.scope ?? "public");
  const pageSize = Math.min(100, Math.max(1, options.pageSize ?? 20));
  return scope === "public"
    ? readPublicClaims(pageSize)
    : readClaims("internal", pageSize, options.status);
}

async function readClaims(scope: ClaimScope, pageSize: number, status?: EditorialStatus[]) {
  const where: Prisma.ClaimWhereInput = {
    AND: [
      visibleClaimsWhere(scope),
      scope === "public" ? { firstPublishedAt: { not: null } } : {},
      status && scope === "internal" ? { editorialStatus: { in: status } } : {},
    ],
  };
  // Both orders walk an index backwards: (firstPublishedAt, id) or (updatedAt, id).
  const [rows, count] = await Promise.all([
    db.claim.findMany({
      where,
      include: claimViewInclude,
      orderBy:
        scope === "public"
          ? [{ firstPublishedAt: "desc" }, { id: "desc" }]
          : [{ updatedAt: "desc" }, { id: "desc" }],
      take: pageSize,
    }),
    db.claim.count({ where, take: TOTAL_CAP + 1 }),
  ]);
  return {
    items: rows.map((r) => toClaimView(r, scope)),
    total: Math.min(count, TOTAL_CAP),
    totalIsCapped: count > TOTAL_CAP,
  };
}

const readPublicClaims = cachedPublicQuery("claims.list", (pageSize: number) =>
  readClaims("public", pageSize),
);

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
