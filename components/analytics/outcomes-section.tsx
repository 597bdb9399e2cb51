import type { MonthRow } from "@/lib/analytics/outcomes-over-time";
import { OUTCOME_COLUMNS } from "@/lib/analytics/table-columns";
import { DataTable } from "@/components/analytics/data-table";
import { OutcomesChart } from "@/components/analytics/outcomes-chart";

/** Outcomes over time: the stacked chart and, beside it, the table it is drawn from. */
export function OutcomesSection({ months, csvHref }: { months: MonthRow[]; csvHref: string }) {
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
        csvHref={csvHref}
        rows={months}
        columns={OUTCOME_COLUMNS}
        empty="No published claims for these filters."
      />
    </section>
  );
}
