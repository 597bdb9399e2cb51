import type { ClaimView } from "@/lib/claims/claim-view";
import type { CsvValue } from "@/lib/public/csv";

// What the exports hold for each published claim: the public reading, as the API gives it,
// plus the address of its page. `updatedAt` is left out: it moves with unpublished edits.

export type ExportedClaim = Omit<ClaimView, "updatedAt" | "version"> & { url: string };

export function exportedClaim(claim: ClaimView, origin: string): ExportedClaim {
  const { updatedAt: _updatedAt, version: _version, ...rest } = claim;
  return { ...rest, url: `${origin}/claims/${claim.id}` };
}

/** The CSV columns, in order: a header name and how to read it off an exported claim. */
export const CSV_COLUMNS: readonly [string, (c: ExportedClaim) => CsvValue][] = [
  ["id", (c) => c.id],
  ["url", (c) => c.url],
  ["statement", (c) => c.statement],
  ["isVerbatim", (c) => c.isVerbatim],
  ["claimantId", (c) => c.claimant.id],
  ["claimantName", (c) => c.claimant.name],
  ["claimantKind", (c) => c.claimant.kind],
  ["claimantRole", (c) => c.claimantRole],
  ["madeAt", (c) => c.madeAt],
  ["kind", (c) => c.kind],
  ["topics", (c) => c.topics.map((t) => t.name).join("; ")],
  ["outcomeStatus", (c) => c.outcomeStatus],
  ["resolveBy", (c) => c.resolveBy],
  ["resolutionCriteria", (c) => c.resolutionCriteria],
  ["editorialStatus", (c) => c.editorialStatus],
  ["revision", (c) => c.revision],
  ["firstPublishedAt", (c) => c.firstPublishedAt],
  ["retractedAt", (c) => c.retractedAt],
  ["correctionNote", (c) => c.correctionNote],
];

export const CSV_HEADER = CSV_COLUMNS.map(([name]) => name);

export function csvValues(claim: ExportedClaim): CsvValue[] {
  return CSV_COLUMNS.map(([, read]) => read(claim));
}
