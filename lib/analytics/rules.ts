// The scoring rules, stated on the analytics pages and returned by the analytics API so a
// reader of either knows exactly what was counted.
export const SCORING_RULES = [
  "Brier score (p − o)² on a 0–1 scale: 0 is perfect, 0.25 is always saying 50 %, 1 is the worst. Some sites report 0–2 (both outcomes summed): halve theirs to compare.",
  "Only claims whose approved outcome is HELD (o = 1) or NOT_HELD (o = 0) are scored; PARTIALLY_HELD and UNRESOLVABLE are not.",
  "Forecasts made after the fact are kept but never scored: made (UTC date) after the claim's resolve-by date, or after the date the resolving outcome occurred.",
  "Each analyst's latest forecast before the resolve-by date counts once per claim. The time-weighted variant instead weights each of the analyst's on-time forecasts by how long it stood, until the next one or the claim's close.",
  "Skill = 1 − Brier ÷ (ō(1 − ō)), against always forecasting the base rate ō. Relative Brier = own Brier − the team's median Brier on the same claim, averaged; negative is better.",
  "Calibration uses 10 % bins with a 90 % Wilson interval; bins with fewer than 5 forecasts are muted. Figures cover published claims only, as approved by review.",
] as const;
