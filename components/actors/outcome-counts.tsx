import type { OutcomeStatus } from "@/lib/generated/prisma/enums";
import { OUTCOME_LABELS } from "@/lib/scales";

/** How an actor's claims turned out: one count per outcome, in the scale's order. */
export function OutcomeCounts({ counts }: { counts: { outcome: OutcomeStatus; count: number }[] }) {
  const byOutcome = new Map(counts.map((c) => [c.outcome, c.count]));
  const shown = (Object.keys(OUTCOME_LABELS) as OutcomeStatus[]).filter((o) => byOutcome.has(o));
  if (shown.length === 0) return null;
  return (
    <dl className="mt-3 flex flex-wrap gap-3">
      {shown.map((outcome) => (
        <div key={outcome} className="rounded border border-stone-300 bg-white px-3 py-1.5">
          <dt className="text-sm text-stone-700">{OUTCOME_LABELS[outcome]}</dt>
          <dd className="text-xl font-bold">{byOutcome.get(outcome)}</dd>
        </div>
      ))}
    </dl>
  );
}
