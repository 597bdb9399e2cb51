import { wilsonInterval, type Interval } from "@/lib/forecasts/scoring";
import { gradeForShare, type ExpectedRange } from "@/lib/analytics/settings";

/**
 * Held, partly held and not held counts with the share that held. The share is
 * HELD ÷ (HELD + NOT_HELD), as in scoring: PARTIALLY_HELD is counted and shown but is
 * neither a hold nor a miss. The interval is the 90 % Wilson interval of that share.
 */
export interface HeldRecord {
  resolved: number;
  held: number;
  partlyHeld: number;
  notHeld: number;
  share: number | null;
  interval: Interval | null;
}

export function heldRecord(held: number, partlyHeld: number, notHeld: number): HeldRecord {
  const decided = held + notHeld;
  return {
    resolved: held + partlyHeld + notHeld,
    held,
    partlyHeld,
    notHeld,
    share: decided === 0 ? null : held / decided,
    interval: wilsonInterval(held, decided),
  };
}

/**
 * "Graded B, performed like D": set when the observed share falls outside the grade's
 * expected range. `firm` says the whole 90 % interval lies outside it too, so the gap is
 * unlikely to be chance.
 */
export interface Verdict {
  performedLike: string | null;
  expected: ExpectedRange;
  firm: boolean;
}

export function verdictFor<G extends string>(
  expected: Record<G, ExpectedRange | null>,
  grade: G,
  record: HeldRecord,
): Verdict | null {
  const range = expected[grade];
  if (!range || record.share === null || !record.interval) return null;
  if (record.share >= range.low && record.share <= range.high) return null;
  return {
    performedLike: gradeForShare(expected, record.share),
    expected: range,
    firm: record.interval.high < range.low || record.interval.low > range.high,
  };
}
