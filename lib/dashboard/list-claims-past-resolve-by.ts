import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { internalClaimView } from "@/lib/claims/claim-view";
import { claimViewInclude } from "@/lib/claims/queries";
import { resolveClaimScope, visibleClaimsWhere } from "@/lib/claims/visibility";
import { forbidden } from "@/lib/errors";
import { AWAITED_OUTCOMES } from "@/lib/outcomes/resolved";

/**
 * Claims whose resolve-by date has passed while their outcome is still PENDING or
 * IN_PROGRESS: the ones waiting for someone to record what happened. Most overdue first.
 * "Past" means before today (UTC): a claim due today is not late yet.
 */
export async function listClaimsPastResolveBy(user: SessionUser, now: Date = new Date()) {
  const scope = resolveClaimScope(user, "internal");
  if (scope !== "internal") throw forbidden();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const rows = await db.claim.findMany({
    where: {
      AND: [
        visibleClaimsWhere(scope),
        { resolveBy: { lt: today } },
        { outcomeStatus: { in: [...AWAITED_OUTCOMES] } },
        { editorialStatus: { not: "RETRACTED" } },
      ],
    },
    include: claimViewInclude,
    orderBy: [{ resolveBy: "asc" }, { id: "asc" }],
    take: 50,
  });
  return rows.map((c) => internalClaimView(c));
}
