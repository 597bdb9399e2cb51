import "server-only";
import type { ClaimView } from "@/lib/claims/claim-view";
import { eachClaimBatch } from "@/lib/claims/search-claims";
import type { ClaimFilters } from "@/lib/claims/filters";

const BATCH = 500;

/**
 * Every published claim matching the filters, in the public reading and the search's order
 * (by relevance with text, newest first otherwise), a batch at a time, so that an export of
 * the whole archive never sits in memory at once. Batches continue after the last claim's
 * sort key (keyset pagination), not at an offset, so a claim published meanwhile cannot
 * shift the batches and make another claim appear twice.
 */
export function exportClaimBatches(
  filters: ClaimFilters,
  batchSize = BATCH,
): AsyncGenerator<ClaimView[]> {
  return eachClaimBatch("public", filters, batchSize);
}
