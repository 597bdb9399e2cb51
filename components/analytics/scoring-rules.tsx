import { SCORING_RULES } from "@/lib/analytics/rules";

/** The scoring rules, stated on every page that shows a score. */
export function ScoringRules() {
  return (
    <section aria-labelledby="scoring-rules" className="mt-6 rounded border border-stone-300 p-4">
      <h2 id="scoring-rules" className="text-lg font-semibold">
        How scores are counted
      </h2>
      <ul className="mt-2 ml-5 list-disc space-y-1 text-sm">
        {SCORING_RULES.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </section>
  );
}
