import "server-only";
import { CSV_HEADER, csvValues, exportedClaim } from "@/lib/public/claim-export";
import { csvRecord, UTF8_BOM } from "@/lib/public/csv";
import { exportClaimBatches } from "@/lib/public/export-claims";
import { filterParams, type ClaimFilters } from "@/lib/claims/filters";

/**
 * The CSV export: a UTF-8 byte-order mark and a header row, then one record per published
 * claim matching the filters.
 */
export async function* claimsCsv(filters: ClaimFilters, origin: string): AsyncGenerator<string> {
  yield UTF8_BOM + csvRecord(CSV_HEADER);
  for await (const batch of exportClaimBatches(filters)) {
    yield batch.map((claim) => csvRecord(csvValues(exportedClaim(claim, origin)))).join("");
  }
}

/**
 * The JSON export: `{ generatedAt, filters, items }`, the items as the API shows claims, each
 * with the `url` of its page. Written piece by piece, so it streams like the CSV.
 */
export async function* claimsJson(filters: ClaimFilters, origin: string): AsyncGenerator<string> {
  const head = {
    generatedAt: new Date().toISOString(),
    filters: Object.fromEntries(filterParams(filters)),
  };
  yield `${JSON.stringify(head).slice(0, -1)},"items":[`;
  let first = true;
  for await (const batch of exportClaimBatches(filters)) {
    const items = batch.map((claim) => JSON.stringify(exportedClaim(claim, origin)));
    yield `${first ? "" : ","}${items.join(",")}`;
    first = false;
  }
  yield "]}\n";
}
