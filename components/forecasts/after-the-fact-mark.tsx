/**
 * The mark on a forecast made after the fact (lib/forecasts/after-the-fact.ts): shown, not
 * scored. It points at the rule stated next to the scores.
 */
export function AfterTheFactMark() {
  return (
    <span
      className="ml-1 rounded bg-amber-100 px-1 text-amber-950"
      aria-describedby="after-the-fact-rule"
    >
      made after the fact, not scored
    </span>
  );
}
