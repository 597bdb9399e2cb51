import type { SourceKind, SourceReliability } from "@/lib/generated/prisma/enums";
import { RELIABILITY_LABELS } from "@/lib/scales";

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  NEWS_ARTICLE: "News article",
  OFFICIAL_STATEMENT: "Official statement",
  SOCIAL_MEDIA_POST: "Social-media post",
  TRANSCRIPT: "Transcript",
  DOCUMENT: "Document",
  OTHER: "Other",
};

/** "B — Usually reliable": the grade and its label, as every page shows them. */
export function reliabilityText(grade: SourceReliability): string {
  return `${grade} — ${RELIABILITY_LABELS[grade]}`;
}
