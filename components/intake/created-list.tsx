import Link from "next/link";
import type { Ref } from "react";
import type { IntakeResult } from "@/lib/intake/create-intake";
import type { RecaptureResult } from "@/lib/sources/recapture-source";

/**
 * What an intake saved: the source, then one line per item sent with its quote, linking to
 * the new draft or to the claim the source now cites. Focusable (`ref`), so the page can
 * move focus to it once saved.
 */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function CreatedList({
  ref,
  result,
  quotes,
}: {
  ref: Ref<HTMLElement>;
  result: IntakeResult;
  quotes: string[];
}) {
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="created"
      className="mt-8 rounded border border-green-800 bg-green-50 p-4"
      role="status"
    >
      <h2 id="created" className="text-xl font-semibold">
        Intake saved
      </h2>
      <p>
        <Link href={`/sources/${result.sourceId}`}>
          {result.sourceCreated ? "New source" : "Source"}
        </Link>
        {" · "}
        {count(result.items.filter((i) => i.newClaim).length, "new draft", "new drafts")},{" "}
        {count(
          result.items.filter((i) => i.created && !i.newClaim).length,
          "citation on an existing claim",
          "citations on existing claims",
        )}
        , {result.items.filter((i) => !i.created).length} already there.
      </p>
      {result.recapture ? <RecaptureNote recapture={result.recapture} /> : null}
      <ul className="mt-2 list-disc pl-6">
        {result.items.map((item, i) => (
          <li key={item.citationId}>
            <Link href={`/claims/${item.claimId}`}>
              {item.newClaim ? "New draft" : "Citation added to a claim"}
            </Link>
            {item.created ? "" : " (already created)"}
            {quotes[i] ? <q className="ml-1 text-stone-700">{quotes[i]}</q> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RecaptureNote({ recapture }: { recapture: RecaptureResult }) {
  if (recapture.outcome === "unchanged") {
    return <p>Capture {recapture.captureNumber} confirmed: the page reads the same.</p>;
  }
  const missing = recapture.checks.filter((c) => c.check === "MISSING").length;
  return (
    <p data-testid="recapture-note">
      New capture {recapture.captureNumber} saved; quotes cited from this source were re-checked
      {missing > 0 ? `: ${missing} no longer present.` : "."}
    </p>
  );
}
