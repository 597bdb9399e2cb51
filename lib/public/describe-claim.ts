import type { ClaimKind, OutcomeStatus } from "@/lib/generated/prisma/enums";
import { KIND_LABELS, outcomeLabel } from "@/lib/scales";

/** One line about a claim for feeds and link previews: "Prediction by X, made on …". */
export function describeClaim(claim: {
  kind: ClaimKind;
  claimantName: string;
  claimantRole: string | null;
  madeAt: string;
  outcome: OutcomeStatus;
}): string {
  const by = claim.claimantRole
    ? `${claim.claimantName}, ${claim.claimantRole}`
    : claim.claimantName;
  const outcome = outcomeLabel(claim.outcome, claim.kind);
  return `${KIND_LABELS[claim.kind]} by ${by}, made on ${claim.madeAt}. Outcome: ${outcome}.`;
}
