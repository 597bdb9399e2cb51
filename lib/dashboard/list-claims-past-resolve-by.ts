import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { KeysetPage } from "@/lib/claims/keyset";
import { findClaimViews } from "@/lib/claims/find-claim-views";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { forbidden } from "@/lib/errors";
import { utcToday } from "@/lib/forms/fields";
import { AWAITED_OUTCOMES } from "@/lib/outcomes/resolved";
import { readKeysetPage, seekWhere } from "@/lib/paging/keyset-page";
import { DASHBOARD_PAGE_SIZE, type DashboardListOptions } from "@/lib/dashboard/dashboard-claims";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Claims whose resolve-by date has passed while their outcome is still PENDING or
 * IN_PROGRESS: the ones waiting for someone to record what happened. Most overdue first
 * (ties by id), one keyset page, served by the partial index on (resolveBy, id) of awaited
 * claims (migration 20261201061000_dashboard_list_orders). "Past" means before today (UTC):
 * a claim due today is not late yet.
 * Errors: UNAUTHORIZED / FORBIDDEN for non-members, INVALID (field `cursor`).
 */
export async function listClaimsPastResolveBy(
  user: SessionUser,
  options: DashboardListOptions & { now?: Date } = {},
): Promise<KeysetPage<ClaimView>> {
  const scope = resolveClaimScope(user, "internal");
  if (scope !== "internal") throw forbidden();
  const today = utcToday(options.now);
  const where = {
    resolveBy: { lt: today },
    outcomeStatus: { in: [...AWAITED_OUTCOMES] },
    editorialStatus: { not: "RETRACTED" },
  } satisfies Prisma.ClaimWhereInput;
  const page = await readKeysetPage({
    cursor: options.cursor,
    pageSize: options.pageSize ?? DASHBOARD_PAGE_SIZE,
    rows: async (after, take) => {
      const rows = await db.claim.findMany({
        where: { AND: [where, seekWhere("resolveBy", "asc", after)] },
        orderBy: [{ resolveBy: "asc" }, { id: "asc" }],
        select: { id: true, resolveBy: true },
        take,
      });
      return rows.flatMap((r) => (r.resolveBy ? [{ id: r.id, resolveBy: r.resolveBy }] : []));
    },
    count: (cap) => db.claim.count({ where, take: cap }),
    key: (row) => ({ at: row.resolveBy, id: row.id }),
  });
  const items = await findClaimViews(
    scope,
    page.items.map((r) => r.id),
  );
  return { ...page, items };
}
