import type {
  ClaimKind,
  EditorialStatus,
  InformationCredibility,
  OutcomeStatus,
  SourceReliability,
} from "@/lib/generated/prisma/enums";

// Labels for the scales in PRODUCT.md, exactly as written there.

export const OUTCOME_LABELS: Record<OutcomeStatus, string> = {
  PENDING: "Pending",
  IN_PROGRESS: "In progress",
  STALLED: "Stalled",
  HELD: "Held",
  PARTIALLY_HELD: "Partially held",
  NOT_HELD: "Not held",
  UNRESOLVABLE: "Unresolvable",
};

/** Promise-tracker words for the same values, shown for PROMISE claims. */
export const PROMISE_OUTCOME_LABELS: Partial<Record<OutcomeStatus, string>> = {
  IN_PROGRESS: "In the works",
  STALLED: "Stalled",
  HELD: "Kept",
  PARTIALLY_HELD: "Compromise",
  NOT_HELD: "Broken",
};

export function outcomeLabel(status: OutcomeStatus, kind?: ClaimKind): string {
  return (
    (kind === "PROMISE" ? PROMISE_OUTCOME_LABELS[status] : undefined) ?? OUTCOME_LABELS[status]
  );
}

export const EDITORIAL_LABELS: Record<EditorialStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  PUBLISHED: "Published",
  RETRACTED: "Retracted",
};

export const KIND_LABELS: Record<ClaimKind, string> = {
  STATEMENT: "Statement",
  PROMISE: "Promise",
  PREDICTION: "Prediction",
  ASSESSMENT: "Assessment",
};

export const KIND_HINTS: Record<ClaimKind, string> = {
  STATEMENT: "asserts a present or past fact",
  PROMISE: "a commitment by the claimant",
  PREDICTION: "about the future",
  ASSESSMENT: "an analytic judgement",
};

export const RELIABILITY_LABELS: Record<SourceReliability, string> = {
  A: "Completely reliable",
  B: "Usually reliable",
  C: "Fairly reliable",
  D: "Not usually reliable",
  E: "Unreliable",
  F: "Reliability cannot be judged",
};

export const CREDIBILITY_GRADES: Record<InformationCredibility, { grade: number; label: string }> =
  {
    CONFIRMED: { grade: 1, label: "Confirmed by other sources" },
    PROBABLY_TRUE: { grade: 2, label: "Probably true" },
    POSSIBLY_TRUE: { grade: 3, label: "Possibly true" },
    DOUBTFUL: { grade: 4, label: "Doubtful" },
    IMPROBABLE: { grade: 5, label: "Improbable" },
    CANNOT_BE_JUDGED: { grade: 6, label: "Truth cannot be judged" },
  };

/** US ICD 203 estimative words; bands share their end points, so a value takes the first. */
export const ESTIMATIVE_BANDS = [
  { word: "almost no chance", min: 1, max: 5 },
  { word: "very unlikely", min: 5, max: 20 },
  { word: "unlikely", min: 20, max: 45 },
  { word: "roughly even chance", min: 45, max: 55 },
  { word: "likely", min: 55, max: 80 },
  { word: "very likely", min: 80, max: 95 },
  { word: "almost certain", min: 95, max: 99 },
] as const;

export function estimativeWord(probability: number): string {
  const band = ESTIMATIVE_BANDS.find((b) => probability >= b.min && probability <= b.max);
  return band?.word ?? "out of range";
}
