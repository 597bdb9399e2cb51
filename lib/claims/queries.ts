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

export interface ClaimPage {
  items: ClaimView[];
  total: number;
  page: number;
  pageSize: number;
}

export async function listClaims(
  user: SessionUser | null,
  options: {
    scope?: ClaimScope;
    page?: number;
    pageSize?: number;
    status?: EditorialStatus[];
  } = {},
): Promise<ClaimPage> {
  const scope = resolveClaimScope(user, options.scope ?? "public");
  const page = Math.max(1, options.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, options.pageSize ?? 20));
  return scope === "public"
    ? readPublicClaims(page, pageSize)
    : readClaims("internal", page, pageSize, options.status);
}

async function readClaims(
  scope: ClaimScope,
  page: number,
  pageSize: number,
  status?: EditorialStatus[],
): Promise<ClaimPage> {
  const where: Prisma.ClaimWhereInput = {
    AND: [
      visibleClaimsWhere(scope),
      status && scope === "internal" ? { editorialStatus: { in: status } } : {},
    ],
  };
  return findClaimPage(scope, where, {
    page,
    pageSize,
    orderBy:
      scope === "public"
        ? [{ firstPublishedAt: "desc" }, { id: "asc" }]
        : [{ updatedAt: "desc" }, { id: "asc" }],
  });
}

/**
 * One page of claims in the given reading. Callers build `where` from `visibleClaimsWhere`
 * and their own conditions; this only pages, counts and shapes the rows.
 */
export async function findClaimPage(
  scope: ClaimScope,
  where: Prisma.ClaimWhereInput,
  options: { page: number; pageSize: number; orderBy: Prisma.ClaimOrderByWithRelationInput[] },
): Promise<ClaimPage> {
  const { page, pageSize, orderBy } = options;
  const [rows, total] = await Promise.all([
    db.claim.findMany({
      where,
      include: claimViewInclude,
      orderBy,
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.claim.count({ where }),
  ]);
  return { items: rows.map((r) => toClaimView(r, scope)), total, page, pageSize };
}

/** Newest claim first by the date it was made, in the reading's own content. */
export function byDateMadeDesc(scope: ClaimScope): Prisma.ClaimOrderByWithRelationInput[] {
  return scope === "internal"
    ? [{ madeAt: "desc" }, { id: "asc" }]
    : [{ publishedRevision: { madeAt: "desc" } }, { id: "asc" }];
}

const readPublicClaims = cachedPublicQuery("claims.list", (page: number, pageSize: number) =>
  readClaims("public", page, pageSize),
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

const readPublicClaim = cachedPublicQuery("claims.get", (id: string) => readClaim(id, "public"));

/** Claims the dashboard lists for a member: their own drafts and everything in review. */
export async function listDashboardClaims(user: SessionUser) {
  resolveClaimScope(user, "internal");
  const [myDrafts, inReview] = await Promise.all([
    db.claim.findMany({
      where: { createdById: user.id, editorialStatus: { in: ["DRAFT", "CHANGES_REQUESTED"] } },
      include: claimViewInclude,
      orderBy: { updatedAt: "desc" },
      take: 50,
    }),
    db.claim.findMany({
      where: { editorialStatus: "IN_REVIEW" },
      include: claimViewInclude,
      orderBy: { updatedAt: "asc" },
      take: 50,
    }),
  ]);
  return {
    myDrafts: myDrafts.map((c) => internalClaimView(c)),
    inReview: inReview.map((c) => internalClaimView(c)),
  };
}

/** Counts of published claims by their public outcome, for the home page. */
export const countPublishedByOutcome = cachedPublicQuery("claims.countByOutcome", async () => {
  const groups = await db.claim.groupBy({
    by: ["publicOutcomeStatus"],
    where: visibleClaimsWhere("public"),
    _count: { _all: true },
  });
  return groups.map((g) => ({ outcome: g.publicOutcomeStatus, count: g._count._all }));
});
