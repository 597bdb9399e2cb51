import type { OutcomeStatus } from "@/lib/generated/prisma/enums";

// Brier scoring as PRODUCT.md defines it: a claim that resolved HELD counts as 1 and NOT_HELD
// as 0; each forecast p (a percentage) scores (p/100 − o)². 0 is perfect, 1 is the worst.
// PARTIALLY_HELD and UNRESOLVABLE have no true value to score against; unresolved claims
// have none yet.

/** 1 for HELD, 0 for NOT_HELD, null for every outcome that is not scored. */
export function scoredOutcome(status: OutcomeStatus): 0 | 1 | null {
  if (status === "HELD") return 1;
  if (status === "NOT_HELD") return 0;
  return null;
}

export function brierScore(probability: number, outcome: 0 | 1): number {
  return (probability / 100 - outcome) ** 2;
}

export interface ScoredForecasts<T> {
  /** False when the outcome is not one that is scored: then no item has a score. */
  scored: boolean;
  items: (T & { brier: number | null })[];
  /** Mean Brier score over the scored items, or null when nothing was scored. */
  mean: number | null;
  /** How many items have a score (forecasts made after the fact never do). */
  count: number;
}

/**
 * Scores each forecast against the claim's outcome. Forecasts made after the fact
 * (`afterTheFact`, see lib/forecasts/after-the-fact.ts) keep a null score and stay out of
 * the mean and the count.
 */
export function scoreForecasts<T extends { probability: number; afterTheFact?: boolean }>(
  forecasts: readonly T[],
  status: OutcomeStatus,
): ScoredForecasts<T> {
  const outcome = scoredOutcome(status);
  const items = forecasts.map((f) => ({
    ...f,
    brier: outcome === null || f.afterTheFact ? null : brierScore(f.probability, outcome),
  }));
  const scores = items.flatMap((f) => (f.brier === null ? [] : [f.brier]));
  const mean = scores.length === 0 ? null : scores.reduce((sum, b) => sum + b, 0) / scores.length;
  return { scored: outcome !== null, items, mean, count: scores.length };
}

/** Brier scores are shown to three decimals ("0.090"). */
export function formatBrier(score: number): string {
  return score.toFixed(3);
}
