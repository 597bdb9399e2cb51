import type { CalibrationBin } from "@/lib/forecasts/scoring";
import { BIN_COLUMNS, FORECASTER_COLUMNS, type NamedFigures } from "@/lib/analytics/table-columns";
import { DataTable } from "@/components/analytics/data-table";
import { CalibrationChart } from "@/components/analytics/calibration-chart";

/**
 * Team first, then each analyst: the scores and the Murphy decomposition. `calibrationHref`
 * links an analyst's name to their calibration chart (the team's row has no link).
 */
export function ForecastersTable({
  rows,
  csvHref,
  calibrationHref,
}: {
  rows: (NamedFigures & { id?: string })[];
  csvHref: string;
  calibrationHref?: (analystId: string) => string;
}) {
  const [name, ...figures] = FORECASTER_COLUMNS;
  const linked = {
    ...name!,
    href: (r: NamedFigures & { id?: string }) => r.id && calibrationHref?.(r.id),
  };
  return (
    <DataTable
      caption="Brier scores, skill and Murphy decomposition (0–1 scale; lower Brier is better)"
      csvHref={csvHref}
      columns={[linked, ...figures]}
      rows={rows}
    />
  );
}

/** A calibration chart with its data table beside it. */
export function CalibrationPanel({
  id,
  who,
  bins,
  csvHref,
}: {
  id: string;
  who: string;
  bins: CalibrationBin[];
  csvHref: string;
}) {
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-[20rem_1fr]">
      <CalibrationChart id={id} title={`Calibration of ${who}`} bins={bins} />
      <DataTable
        caption={`Calibration bins of ${who}`}
        csvHref={csvHref}
        columns={BIN_COLUMNS}
        rows={bins}
        muted={(b) => b.sparse}
        empty="No scored forecasts for these filters."
      />
    </div>
  );
}
