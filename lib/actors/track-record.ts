import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OutcomeStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { searchClaims, type ClaimPage } from "@/lib/claims/search-claims";
import { resolveClaimScope, visibleClaimsWhere, type ClaimScope } from "@/lib/claims/visibility";

export const TRACK_RECORD_PAGE_SIZE = 25;

export interface TrackRecord extends ClaimPage {
  scope: ClaimScope;
  counts: { outcome: OutcomeStatus; count: number }[];
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
 * An actor's claims as the user may see them, newest made first, one keyset page (`cursor`
 * from the previous page's `nextCursor`), with counts by outcome: the approved outcome for
 * the public, the latest for members. Errors: UNAUTHORIZED for "internal" without a user,
 * INVALID (field `cursor`) for a bad cursor.
 */
export async function getActorTrackRecord(
  user: SessionUser | null,
  actorId: string,
  options: { scope?: ClaimScope; cursor?: string | null } = {},
): Promise<TrackRecord> {
  const scope = resolveClaimScope(user, options.scope ?? "public");
  const where: Prisma.ClaimWhereInput = {
    AND: [visibleClaimsWhere(scope), byClaimant(scope, actorId)],
  };
  const outcome = scope === "internal" ? "outcomeStatus" : "publicOutcomeStatus";
  const [page, groups] = await Promise.all([
    searchClaims(
      user,
      { actor: actorId, from: null, to: null },
      { scope, cursor: options.cursor, pageSize: TRACK_RECORD_PAGE_SIZE, order: "made" },
    ),
    db.claim.groupBy({ by: [outcome], where, _count: { _all: true } }),
  ]);
  return {
    ...page,
    scope,
    counts: groups.map((g) => ({
      outcome: scope === "internal" ? g.outcomeStatus : g.publicOutcomeStatus,
      count: g._count._all,
    })),
  };
}
