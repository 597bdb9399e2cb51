import type { CsvValue } from "@/lib/public/csv";
import type { CalibrationBin } from "@/lib/forecasts/scoring";
import { RELIABILITY_LABELS } from "@/lib/scales";
import type { ForecasterFigures } from "@/lib/analytics/forecasters";
import type { GradeRow, OutletRow } from "@/lib/analytics/sources";
import type { SpeakerRow } from "@/lib/analytics/speakers";
import type { MonthRow } from "@/lib/analytics/outcomes-over-time";
import { OUTCOME_ORDER } from "@/lib/analytics/outcomes-over-time";
import type { Verdict } from "@/lib/analytics/verdict";
import { OUTCOME_LABELS } from "@/lib/scales";
import { csvNumber, percent, range, score, signed } from "@/lib/analytics/format";

// The columns of every analytics table, shared by the page (components/analytics/data-table)
// and its CSV download (lib/analytics/csv-downloads.ts), so a download holds exactly the
// columns the table shows: `value` is the CSV cell (numbers unrounded to 4 decimals), `show`
// the text on the page when it differs (rounded, with units), `href` a link on the page.

export interface Column<T> {
  header: string;
  value: (row: T) => CsvValue;
  show?: (row: T) => string;
  /** A link on the page; none for rows it returns undefined for. */
  href?: (row: T) => string | undefined;
  numeric?: boolean;
}

export type NamedFigures = ForecasterFigures & { name: string };

/** One figure column: the CSV keeps 4 decimals, the page `format`s it. */
function figure<T>(
  header: string,
  get: (row: T) => number | null | undefined,
  format: (v: number | null) => string,
): Column<T> {
  return {
    header,
    value: (r) => csvNumber(get(r)),
    show: (r) => format(get(r) ?? null),
    numeric: true,
  };
}

export const FORECASTER_COLUMNS: Column<NamedFigures>[] = [
  { header: "Forecaster", value: (r) => r.name },
  { header: "Scored", value: (r) => r.count, numeric: true },
  figure("Mean Brier (latest)", (r) => r.meanBrier, score),
  figure("Mean Brier (time-weighted)", (r) => r.timeWeightedBrier, score),
  figure("Base rate", (r) => r.baseRate, percent),
  figure("Skill", (r) => r.skill, signed),
  figure("Relative Brier", (r) => r.relativeBrier, signed),
  figure("Reliability", (r) => r.decomposition?.reliability, score),
  figure("Resolution", (r) => r.decomposition?.resolution, score),
  figure("Uncertainty", (r) => r.decomposition?.uncertainty, score),
  figure("Within bins", (r) => r.decomposition?.withinBin, score),
];

export const BIN_COLUMNS: Column<CalibrationBin>[] = [
  { header: "Bin", value: (b) => `${Math.round(b.lower * 100)}–${Math.round(b.upper * 100)} %` },
  { header: "Forecasts", value: (b) => b.count, numeric: true },
  figure("Mean forecast", (b) => b.meanForecast, percent),
  figure("Held (observed)", (b) => b.observed, percent),
  figure("90 % interval low", (b) => b.interval.low, percent),
  figure("90 % interval high", (b) => b.interval.high, percent),
  { header: "Note", value: (b) => (b.sparse ? "fewer than 5 forecasts" : "") },
];

type Held = Pick<GradeRow, "resolved" | "held" | "partlyHeld" | "notHeld" | "share" | "interval">;

function heldColumns<T extends Held>(): Column<T>[] {
  return [
    { header: "Resolved", value: (r) => r.resolved, numeric: true },
    { header: "Held", value: (r) => r.held, numeric: true },
    { header: "Partly held", value: (r) => r.partlyHeld, numeric: true },
    { header: "Not held", value: (r) => r.notHeld, numeric: true },
    figure("Share held", (r) => r.share, percent),
    { header: "90 % interval", value: (r) => range(r.interval), numeric: true },
  ];
}

/** "graded B (usually reliable), performed like D", or "as expected". */
export function verdictText(grade: string, label: string, verdict: Verdict | null): string {
  if (!verdict) return "as expected";
  const like = verdict.performedLike
    ? `performed like ${verdict.performedLike}`
    : "performed outside every range";
  const caution = verdict.firm ? "" : " (the interval still reaches the expected range)";
  return `graded ${grade} (${label.toLowerCase()}), ${like}${caution}`;
}

export const GRADE_COLUMNS: Column<GradeRow>[] = [
  { header: "Grade", value: (r) => `${r.grade} ${r.label}` },
  ...heldColumns<GradeRow>(),
  {
    header: "Expected",
    value: (r) =>
      r.verdict ? `${percent(r.verdict.expected.low)}–${percent(r.verdict.expected.high)}` : "",
  },
  { header: "Verdict", value: (r) => verdictText(r.grade, r.label, r.verdict) },
];

export const OUTLET_COLUMNS: Column<OutletRow>[] = [
  { header: "Outlet", value: (r) => r.outlet },
  { header: "Usual grade", value: (r) => r.grade },
  ...heldColumns<OutletRow>(),
  {
    header: "Verdict",
    value: (r) => verdictText(r.grade, RELIABILITY_LABELS[r.grade], r.verdict),
  },
];

export const SPEAKER_COLUMNS: Column<SpeakerRow>[] = [
  { header: "Speaker", value: (r) => r.actor.name, href: (r) => `/actors/${r.actor.id}` },
  ...heldColumns<SpeakerRow>(),
  { header: "Claims forecast", value: (r) => r.comparison?.claims ?? 0, numeric: true },
  figure("Team Brier", (r) => r.comparison?.teamBrier, score),
  figure("Believing the speaker", (r) => r.comparison?.believingBrier, score),
  {
    header: "Believing would have scored",
    value: (r) => (r.comparison ? `${r.comparison.believing} than the team` : "no team forecasts"),
  },
];

export const OUTCOME_COLUMNS: Column<MonthRow>[] = [
  { header: "Month", value: (m) => m.month },
  ...OUTCOME_ORDER.map((o) => ({
    header: OUTCOME_LABELS[o],
    value: (m: MonthRow) => m.counts[o],
    numeric: true,
  })),
  { header: "Total", value: (m) => m.total, numeric: true },
];
