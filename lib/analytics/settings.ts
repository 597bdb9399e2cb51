import type { InformationCredibility, SourceReliability } from "@/lib/generated/prisma/enums";

// Analytics settings. Changing them changes verdicts, not data; each is documented in
// README.md ("Analytics settings").

/** The share of resolved claims the team expects to hold, per grade: [low, high]. */
export interface ExpectedRange {
  low: number;
  high: number;
}

/**
 * What the team expects of each Admiralty reliability grade: the share of the claims a
 * source of that grade supports that turn out to hold. F ("cannot be judged") has no
 * expectation, so it never gets a verdict. A grade whose observed share lies outside its
 * range "performed like" the grade whose range holds the observed share.
 */
export const EXPECTED_HELD_BY_RELIABILITY: Record<SourceReliability, ExpectedRange | null> = {
  A: { low: 0.9, high: 1 },
  B: { low: 0.75, high: 0.9 },
  C: { low: 0.55, high: 0.75 },
  D: { low: 0.35, high: 0.55 },
  E: { low: 0, high: 0.35 },
  F: null,
};

/** The same for information-credibility grades 1–6 (6, "cannot be judged", has none). */
export const EXPECTED_HELD_BY_CREDIBILITY: Record<InformationCredibility, ExpectedRange | null> = {
  CONFIRMED: { low: 0.9, high: 1 },
  PROBABLY_TRUE: { low: 0.7, high: 0.9 },
  POSSIBLY_TRUE: { low: 0.45, high: 0.7 },
  DOUBTFUL: { low: 0.2, high: 0.45 },
  IMPROBABLE: { low: 0, high: 0.2 },
  CANNOT_BE_JUDGED: null,
};

/** An outlet is listed once this many of the claims it is cited for resolved. */
export const OUTLET_MIN_RESOLVED = 5;

/** The grade whose expected range holds `share` (ranges share end points: the first wins). */
export function gradeForShare<G extends string>(
  expected: Record<G, ExpectedRange | null>,
  share: number,
): G | null {
  for (const [grade, range] of Object.entries(expected) as [G, ExpectedRange | null][]) {
    if (range && share >= range.low && share <= range.high) return grade;
  }
  return null;
}
