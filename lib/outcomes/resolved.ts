import type { OutcomeStatus } from "@/lib/generated/prisma/enums";

/** Outcomes that settle a claim: forecasts close and the claim is no longer awaited. */
export const RESOLVED_OUTCOMES = [
  "HELD",
  "PARTIALLY_HELD",
  "NOT_HELD",
  "UNRESOLVABLE",
] as const satisfies readonly OutcomeStatus[];

/** Outcomes of a claim still waiting to be resolved; past its resolve-by date it is overdue. */
export const AWAITED_OUTCOMES = [
  "PENDING",
  "IN_PROGRESS",
] as const satisfies readonly OutcomeStatus[];

export function isResolved(status: OutcomeStatus): boolean {
  return (RESOLVED_OUTCOMES as readonly OutcomeStatus[]).includes(status);
}
