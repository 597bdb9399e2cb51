import type { Prisma } from "@/lib/generated/prisma/client";
import type { EditorialStatus } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/forms/fields";
import type { CaptureHistory } from "@/lib/sources/captures";

// How pages and the API show a source. The list leaves the captured text out (it can be
// 16 MB); the detail view carries the latest capture's.

export const sourceSummarySelect = {
  id: true,
  url: true,
  title: true,
  outlet: true,
  author: true,
  publishedAt: true,
  accessedAt: true,
  kind: true,
  language: true,
  reliability: true,
  capturedAt: true,
  capturedSha256: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { citations: true } },
} satisfies Prisma.SourceSelect;

type SummaryRow = Prisma.SourceGetPayload<{ select: typeof sourceSummarySelect }>;

export function toSourceSummary(row: SummaryRow) {
  const { _count, publishedAt, accessedAt, capturedAt, createdAt, updatedAt, ...fields } = row;
  return {
    ...fields,
    publishedAt: isoDate(publishedAt),
    accessedAt: accessedAt.toISOString(),
    capturedAt: capturedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    citationCount: _count.citations,
  };
}

export type SourceSummary = ReturnType<typeof toSourceSummary>;

export interface CitingClaim {
  id: string;
  statement: string;
  isVerbatim: boolean;
  claimantName: string;
  editorialStatus: EditorialStatus;
}

export interface SourceDetail extends SourceSummary, CaptureHistory {
  /** The latest capture's text. */
  capturedText: string | null;
  createdBy: { id: string; name: string };
  /** Claims citing this source that the reader may see. */
  citingClaims: CitingClaim[];
}
