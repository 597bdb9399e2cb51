import "server-only";
import { db } from "@/lib/db";
import { claimViewInclude, toClaimView } from "@/lib/claims/queries";
import type { ClaimView } from "@/lib/claims/claim-view";
import { claimSearchOrder, claimSearchWhere } from "@/lib/claims/search-claims";
import type { ClaimFilters } from "@/lib/public/claim-filters";

const BATCH = 500;

/**
 * Every published claim matching the filters, in the public reading and the list's order, a
 * batch at a time, so that an export of the whole archive never sits in memory at once.
 * Batches continue after the last claim seen (a cursor), not at an offset, so a claim
 * published meanwhile cannot shift the batches and make another claim appear twice.
 */
export async function* exportClaimBatches(
  filters: ClaimFilters,
  batchSize = BATCH,
): AsyncGenerator<ClaimView[]> {
  const where = claimSearchWhere("public", filters);
  let after: string | undefined;
  for (;;) {
    const rows = await db.claim.findMany({
      where,
      include: claimViewInclude,
      orderBy: claimSearchOrder("public"),
      take: batchSize,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
    if (rows.length > 0) yield rows.map((r) => toClaimView(r, "public"));
    const last = rows.at(-1);
    if (rows.length < batchSize || !last) return;
    after = last.id;
  }
}
