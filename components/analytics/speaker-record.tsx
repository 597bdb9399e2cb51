import type { SpeakerRow } from "@/lib/analytics/speakers";
import { percent, range, score } from "@/lib/analytics/format";

/**
 * An actor's record as a speaker (public, published claims): how their resolved promises and
 * predictions turned out, the share held with its 90 % interval, and how believing them
 * would have scored against the team's forecasts on the same claims.
 */
export function SpeakerRecord({ record }: { record: SpeakerRow | null }) {
  if (!record) return null;
  const { comparison } = record;
  return (
    <div
      className="mt-4 max-w-2xl rounded border border-stone-300 p-3"
      aria-labelledby="speaker-record"
    >
      <h3 id="speaker-record" className="font-semibold">
        Promises and predictions
      </h3>
      <p>
        {record.resolved} resolved: {record.held} held, {record.partlyHeld} partly held,{" "}
        {record.notHeld} not held.
        {record.share === null ? null : (
          <>
            {" "}
            Share held {percent(record.share)} (90 % interval {range(record.interval)}; partly held
            counts in neither).
          </>
        )}
      </p>
      {comparison ? (
        <p className="text-sm text-stone-700">
          On the {comparison.claims} of these the team forecast, believing the speaker (100 %) would
          have scored a Brier score of {score(comparison.believingBrier)},{" "}
          {comparison.believing === "same" ? "the same as" : `${comparison.believing} than`} the
          team&apos;s {score(comparison.teamBrier)} (lower is better).
        </p>
      ) : null}
    </div>
  );
}
