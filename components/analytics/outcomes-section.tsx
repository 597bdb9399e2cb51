import type { MonthRow } from "@/lib/analytics/outcomes-over-time";
import { OUTCOME_ORDER } from "@/lib/analytics/outcomes-over-time";
import { OUTCOME_LABELS } from "@/lib/scales";
import { DataTable } from "@/components/analytics/data-table";
import { OutcomesChart } from "@/components/analytics/outcomes-chart";

/** Outcomes over time: the stacked chart and, beside it, the table it is drawn from. */
export function OutcomesSection({ months }: { months: MonthRow[] }) {
  return (
    <section aria-labelledby="outcomes-over-time" className="mt-8">
      <h2 id="outcomes-over-time" className="text-xl font-semibold">
        Outcomes over time
      </h2>
      <p className="text-stone-700">
        Published claims by the month they were made and their current outcome.
      </p>
      <OutcomesChart
        id="outcomes-chart"
        title="Published claims by month made and outcome"
        months={months}
      />
      <DataTable
        caption="Claims by month made and outcome"
        file="outcomes-over-time"
        rows={months}
        rowKey={(m) => m.month}
        columns={[
          { header: "Month", value: (m) => m.month },
          ...OUTCOME_ORDER.map((o) => ({
            header: OUTCOME_LABELS[o],
            value: (m: MonthRow) => m.counts[o],
            numeric: true,
          })),
          { header: "Total", value: (m) => m.total, numeric: true },
        ]}
        empty="No published claims for these filters."
      />
    </section>
  );
}
