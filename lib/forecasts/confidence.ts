import type { AnalyticConfidence } from "@/lib/generated/prisma/enums";

// Analytic confidence as US ICD 203 (Analytic Standards, 2015) separates it from likelihood:
// how sound the analyst judges the evidence and reasoning behind a forecast. It never moves
// the probability or its estimative word; it is shown beside them.

export const CONFIDENCE_LEVELS = [
  "LOW",
  "MODERATE",
  "HIGH",
] as const satisfies readonly AnalyticConfidence[];

export const CONFIDENCE_LABELS: Record<AnalyticConfidence, string> = {
  LOW: "Low",
  MODERATE: "Moderate",
  HIGH: "High",
};

/** "moderate confidence", as written after the estimative word; "" when none was given. */
export function confidencePhrase(confidence: AnalyticConfidence | null): string {
  return confidence ? `${CONFIDENCE_LABELS[confidence].toLowerCase()} confidence` : "";
}
