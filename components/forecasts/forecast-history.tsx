import type { AnalystForecasts } from "@/lib/forecasts/queries";
import { formatBrier } from "@/lib/forecasts/brier";
import { confidencePhrase } from "@/lib/forecasts/confidence";
import { Timestamp } from "@/components/ui/timestamp";
import { AfterTheFactMark } from "@/components/forecasts/after-the-fact-mark";

/** For members: each analyst's current forecast, then how it moved, newest first. */
export function ForecastHistory({ analysts }: { analysts: AnalystForecasts[] }) {
  return (
    <ul className="mt-2 space-y-4">
      {analysts.map((a) => (
        <li key={a.author.id} aria-labelledby={`forecaster-${a.author.id}`}>
          <h3 id={`forecaster-${a.author.id}`} className="font-medium">
            {a.author.name}
          </h3>
          <p>
            Current: <strong>{a.current.probability} %</strong> — {a.current.word}
            {a.current.confidence ? ` · ${confidencePhrase(a.current.confidence)}` : null}
            {a.current.madeAfterTheFact ? <AfterTheFactMark /> : null}
          </p>
          <details open={a.history.length > 1} className="text-sm">
            <summary>History ({a.history.length})</summary>
            <ol aria-label={`Forecast history of ${a.author.name}`} className="mt-1 ml-4 list-disc">
              {a.history.map((f) => (
                <li key={f.id}>
                  {f.probability} % ({f.word})
                  {f.confidence ? ` · ${confidencePhrase(f.confidence)}` : null} ·{" "}
                  <Timestamp iso={f.createdAt} />
                  {f.brier !== null ? ` · Brier ${formatBrier(f.brier)}` : null}
                  {f.madeAfterTheFact ? <AfterTheFactMark /> : null}
                  {f.rationale ? (
                    <span className="block whitespace-pre-line text-stone-700">{f.rationale}</span>
                  ) : null}
                </li>
              ))}
            </ol>
          </details>
        </li>
      ))}
    </ul>
  );
}
