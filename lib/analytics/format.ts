import type { Interval } from "@/lib/forecasts/scoring";

// How analytics figures are written: scores to three decimals, shares as percentages.

export const score = (v: number | null): string => (v === null ? "—" : v.toFixed(3));
export const signed = (v: number | null): string =>
  v === null ? "—" : `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(v).toFixed(3)}`;
export const percent = (v: number | null): string =>
  v === null ? "—" : `${Math.round(v * 100)} %`;
export const range = (i: Interval | null): string =>
  i ? `${Math.round(i.low * 100)}–${Math.round(i.high * 100)} %` : "—";
/** For CSV: a number rounded to 4 decimals, or empty. */
export const csvNumber = (v: number | null | undefined): number | null =>
  v === null || v === undefined ? null : Math.round(v * 10_000) / 10_000;
