// Which forecasts are honest, i.e. may be scored (PRODUCT.md, "Forecast"): a forecast made
// once the answer was due or known says nothing about the analyst's foresight and would only
// flatter the Brier scores. This file is the one statement of the rule; every score, mean,
// count and calibration figure (per claim, per analyst, per team) leaves such forecasts out.
//
// THE RULE. Let d = the calendar date, in UTC, of the forecast's `createdAt`. The forecast is
// "made after the fact" when either holds:
//   1. the claim has a resolve-by date and d > resolveBy (the public reading takes the
//      published revision's resolve-by date, members' working reading the claim's own);
//   2. the claim has been settled and d > resolvedOn, where resolvedOn is the earliest
//      `occurredAt` among the claim's outcome entries whose status is HELD, PARTIALLY_HELD,
//      NOT_HELD or UNRESOLVABLE and that no other entry corrects (`correctsId`). In the
//      public reading only approved entries (`publishedAt` set) and approved corrections
//      count; members' working reading counts every entry. See lib/outcomes/current-outcome.ts.
// Both comparisons are strict, by date: a forecast made on the resolve-by day, or on the day
// the outcome happened, is still honest. Such forecasts are kept and shown, marked "made after
// the fact", and never scored.
//
// The same rule in SQL (createdAt is a UTC `timestamp(3)`, resolveBy and occurredAt are `date`):
//
//   f."createdAt"::date > c."resolveBy"            -- public reading: the published revision's
//   OR f."createdAt"::date > (
//     SELECT min(o."occurredAt") FROM "OutcomeUpdate" o
//     WHERE o."claimId" = c.id
//       AND o.status IN ('HELD', 'PARTIALLY_HELD', 'NOT_HELD', 'UNRESOLVABLE')
//       AND o."publishedAt" IS NOT NULL                       -- public reading only
//       AND NOT EXISTS (SELECT 1 FROM "OutcomeUpdate" k
//                       WHERE k."correctsId" = o.id
//                         AND k."publishedAt" IS NOT NULL))   -- public reading only
//
// (A NULL on either side makes that comparison false, as the rule wants.)

/** The rule in one line, as the claim page states it next to the scores. */
export const AFTER_THE_FACT_RULE =
  "A forecast made after the claim's resolve-by date, or after the date of the outcome that " +
  "settled it (by calendar date in UTC), is marked “made after the fact” and is not scored.";

export interface ClaimDeadlines {
  /** The claim's resolve-by date (midnight UTC), if it has one. */
  resolveBy: Date | null;
  /** The date the claim was first settled (see the rule above), if it has been. */
  resolvedOn: Date | null;
}

const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/** True when a forecast made at `createdAt` was made after the fact (the rule above). */
export function isMadeAfterTheFact(createdAt: Date, claim: ClaimDeadlines): boolean {
  const day = utcDay(createdAt);
  return (
    (claim.resolveBy !== null && day > utcDay(claim.resolveBy)) ||
    (claim.resolvedOn !== null && day > utcDay(claim.resolvedOn))
  );
}
