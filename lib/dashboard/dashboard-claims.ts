import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { KeysetPage } from "@/lib/claims/keyset";
import { findClaimViews } from "@/lib/claims/find-claim-views";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { forbidden } from "@/lib/errors";
import { readKeysetPage, seekWhere, type Direction } from "@/lib/paging/keyset-page";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Rows per page of each dashboard list. */
export const DASHBOARD_PAGE_SIZE = 20;

export interface DashboardListOptions {
  /** The previous page's `nextCursor`. */
  cursor?: string | null;
  pageSize?: number;
}

/**
 * Working copies matching `where`, by last change in `direction` (ties by id), one keyset
 * page, in the internal reading. Served by the index on (…, updatedAt, id) of each list
 * (migration 20261201061000_dashboard_list_orders).
 */
async function claimsByUpdate(
  where: Prisma.ClaimWhereInput,
  direction: Direction,
  options: DashboardListOptions,
): Promise<KeysetPage<ClaimView>> {
  const page = await readKeysetPage({
    cursor: options.cursor,
    pageSize: options.pageSize ?? DASHBOARD_PAGE_SIZE,
    rows: (after, take) =>
      db.claim.findMany({
        where: { AND: [where, seekWhere("updatedAt", direction, after)] },
        orderBy: [{ updatedAt: direction }, { id: direction }],
        select: { id: true, updatedAt: true },
        take,
      }),
    count: (cap) => db.claim.count({ where, take: cap }),
    key: (row) => ({ at: row.updatedAt, id: row.id }),
  });
  const items = await findClaimViews(
    "internal",
    page.items.map((r) => r.id),
  );
  return { ...page, items };
}

/**
 * The member's own drafts and claims sent back for changes, last changed first.
 * Errors: UNAUTHORIZED / FORBIDDEN for non-members, INVALID (field `cursor`).
 */
export async function listMyDrafts(
  user: SessionUser,
  options: DashboardListOptions = {},
): Promise<KeysetPage<ClaimView>> {
  if (resolveClaimScope(user, "internal") !== "internal") throw forbidden();
  const where = {
    createdById: user.id,
    editorialStatus: { in: ["DRAFT", "CHANGES_REQUESTED"] },
  } satisfies Prisma.ClaimWhereInput;
  return claimsByUpdate(where, "desc", options);
}

/**
 * Every claim waiting in review, the longest waiting first.
 * Errors: UNAUTHORIZED / FORBIDDEN for non-members, INVALID (field `cursor`).
 */
export async function listClaimsInReview(
  user: SessionUser,
  options: DashboardListOptions = {},
): Promise<KeysetPage<ClaimView>> {
  if (resolveClaimScope(user, "internal") !== "internal") throw forbidden();
  return claimsByUpdate({ editorialStatus: "IN_REVIEW" }, "asc", options);
}
