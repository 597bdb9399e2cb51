import type { ForecasterFigures } from "@/lib/analytics/forecasters";
import type { CalibrationBin } from "@/lib/forecasts/scoring";
import { DataTable, type Column } from "@/components/analytics/data-table";
import { csvNumber, percent, score, signed } from "@/components/analytics/format";
import { CalibrationChart } from "@/components/analytics/calibration-chart";

type Named = ForecasterFigures & { name: string };

const figureColumns: Column<Named>[] = [
  { header: "Forecaster", value: (r) => r.name },
  { header: "Scored", value: (r) => r.count, numeric: true },
  {
    header: "Mean Brier (latest)",
    value: (r) => csvNumber(r.meanBrier),
    render: (r) => score(r.meanBrier),
    numeric: true,
  },
  {
    header: "Mean Brier (time-weighted)",
    value: (r) => csvNumber(r.timeWeightedBrier),
    render: (r) => score(r.timeWeightedBrier),
    numeric: true,
  },
  {
    header: "Base rate",
    value: (r) => csvNumber(r.baseRate),
    render: (r) => percent(r.baseRate),
    numeric: true,
  },
  {
    header: "Skill",
    value: (r) => csvNumber(r.skill),
    render: (r) => signed(r.skill),
    numeric: true,
  },
  {
    header: "Relative Brier",
    value: (r) => csvNumber(r.relativeBrier),
    render: (r) => signed(r.relativeBrier),
    numeric: true,
  },
  {
    header: "Reliability",
    value: (r) => csvNumber(r.decomposition?.reliability),
    render: (r) => score(r.decomposition?.reliability ?? null),
    numeric: true,
  },
  {
    header: "Resolution",
    value: (r) => csvNumber(r.decomposition?.resolution),
    render: (r) => score(r.decomposition?.resolution ?? null),
    numeric: true,
  },
  {
    header: "Uncertainty",
    value: (r) => csvNumber(r.decomposition?.uncertainty),
    render: (r) => score(r.decomposition?.uncertainty ?? null),
    numeric: true,
  },
  {
    header: "Within bins",
    value: (r) => csvNumber(r.decomposition?.withinBin),
    render: (r) => score(r.decomposition?.withinBin ?? null),
    numeric: true,
  },
];

/** Team first, then each analyst: the scores and the Murphy decomposition. */
export function ForecastersTable({ rows, file }: { rows: Named[]; file: string }) {
  return (
    <DataTable
      caption="Brier scores, skill and Murphy decomposition (0–1 scale; lower Brier is better)"
      file={file}
      columns={figureColumns}
      rows={rows}
      rowKey={(r) => r.name}
    />
  );
}

const binColumns: Column<CalibrationBin>[] = [
  { header: "Bin", value: (b) => `${Math.round(b.lower * 100)}–${Math.round(b.upper * 100)} %` },
  { header: "Forecasts", value: (b) => b.count, numeric: true },
  {
    header: "Mean forecast",
    value: (b) => csvNumber(b.meanForecast),
    render: (b) => percent(b.meanForecast),
    numeric: true,
  },
  {
    header: "Held (observed)",
    value: (b) => csvNumber(b.observed),
    render: (b) => percent(b.observed),
    numeric: true,
  },
  {
    header: "90 % interval low",
    value: (b) => csvNumber(b.interval.low),
    render: (b) => percent(b.interval.low),
    numeric: true,
  },
  {
    header: "90 % interval high",
    value: (b) => csvNumber(b.interval.high),
    render: (b) => percent(b.interval.high),
    numeric: true,
  },
  { header: "Note", value: (b) => (b.sparse ? "fewer than 5 forecasts" : "") },
];

/** A calibration chart with its data table beside it. */
export function CalibrationPanel({
  id,
  who,
  bins,
}: {
  id: string;
  who: string;
  bins: CalibrationBin[];
}) {
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-[20rem_1fr]">
      <CalibrationChart id={id} title={`Calibration of ${who}`} bins={bins} />
      <DataTable
        caption={`Calibration table of ${who}`}
        file={`calibration-${id}`}
        columns={binColumns}
        rows={bins}
        rowKey={(b) => String(b.bin)}
        muted={(b) => b.sparse}
        empty="No scored forecasts for these filters."
      />
    </div>
  );
}
