import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OutcomeStatus } from "@/lib/generated/prisma/enums";
import { byDateMadeDesc, findClaimPage } from "@/lib/claims/queries";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { SessionUser } from "@/lib/auth/session-user";
import { resolveClaimScope, visibleClaimsWhere, type ClaimScope } from "@/lib/claims/visibility";

export const TRACK_RECORD_PAGE_SIZE = 25;

export interface TrackRecord {
  scope: ClaimScope;
  counts: { outcome: OutcomeStatus; count: number }[];
  claims: ClaimView[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The public attributes a claim by its published revision, members by the working copy, so
 * an edit in review that changes the claimant does not show early.
 */
function byClaimant(scope: ClaimScope, actorId: string): Prisma.ClaimWhereInput {
  return scope === "internal"
    ? { claimantId: actorId }
    : { publishedRevision: { is: { claimantId: actorId } } };
}

/**
 * An actor's claims as the user may see them, with counts by outcome: the approved outcome
 * for the public, the latest for members.
 */
export async function getActorTrackRecord(
  user: SessionUser | null,
  actorId: string,
  options: { scope?: ClaimScope; page?: number } = {},
): Promise<TrackRecord> {
  const scope = resolveClaimScope(user, options.scope ?? "public");
  const page = Math.max(1, options.page ?? 1);
  const where: Prisma.ClaimWhereInput = {
    AND: [visibleClaimsWhere(scope), byClaimant(scope, actorId)],
  };
  const outcome = scope === "internal" ? "outcomeStatus" : "publicOutcomeStatus";
  const [result, groups] = await Promise.all([
    findClaimPage(scope, where, {
      page,
      pageSize: TRACK_RECORD_PAGE_SIZE,
      orderBy: byDateMadeDesc(scope),
    }),
    db.claim.groupBy({ by: [outcome], where, _count: { _all: true } }),
  ]);
  return {
    scope,
    counts: groups.map((g) => ({
      outcome: scope === "internal" ? g.outcomeStatus : g.publicOutcomeStatus,
      count: g._count._all,
    })),
    claims: result.items,
    total: result.total,
    page,
    pageSize: TRACK_RECORD_PAGE_SIZE,
  };
}
