import type { AnalystForecasts } from "@/lib/forecasts/queries";
import { formatBrier } from "@/lib/forecasts/brier";
import { confidencePhrase } from "@/lib/forecasts/confidence";
import { Timestamp } from "@/components/ui/timestamp";
import { AfterTheFactMark } from "@/components/forecasts/after-the-fact-mark";
import { ScrollTable } from "@/components/ui/scroll-table";

/** For the public, once the claim resolved: every forecast the team made, with its score. */
export function PublicForecastTable({ analysts }: { analysts: AnalystForecasts[] }) {
  const rows = analysts.flatMap((a) => a.history.map((f) => ({ ...f, analyst: a.author.name })));
  return (
    <ScrollTable label="Forecasts and their Brier scores" className="mt-2">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Forecasts and their Brier scores</caption>
        <thead>
          <tr className="border-b border-stone-400">
            <th scope="col" className="py-1 pr-3">
              Analyst
            </th>
            <th scope="col" className="py-1 pr-3">
              Forecast
            </th>
            <th scope="col" className="py-1 pr-3">
              Made
            </th>
            <th scope="col" className="py-1">
              Brier score
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id} className="border-b border-stone-200">
              <td className="py-1 pr-3">{f.analyst}</td>
              <td className="py-1 pr-3">
                {f.probability} % ({f.word})
                {f.confidence ? `, ${confidencePhrase(f.confidence)}` : null}
              </td>
              <td className="py-1 pr-3">
                <Timestamp iso={f.createdAt} />
              </td>
              <td className="py-1">
                {f.madeAfterTheFact ? (
                  <AfterTheFactMark />
                ) : f.brier === null ? (
                  "—"
                ) : (
                  formatBrier(f.brier)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
