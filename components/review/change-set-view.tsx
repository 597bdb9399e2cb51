import type { PendingReview } from "@/lib/review/queries";
import { ExternalLink } from "@/components/ui/external-link";
import { CREDIBILITY_GRADES, OUTCOME_LABELS, RELIABILITY_LABELS } from "@/lib/scales";
import { DateText } from "@/components/ui/timestamp";

type Changes = PendingReview["changes"];
type CitationChange = Changes["citations"][number];

function Quote({ c }: { c: Pick<CitationChange, "exact"> & { foundInCapture?: boolean } }) {
  return (
    <blockquote className="mt-1 whitespace-pre-wrap border-l-4 border-stone-300 pl-3">
      “{c.exact}”
      {c.foundInCapture === false ? (
        <span className="ml-2 text-sm font-medium text-red-800">
          (not found in the captured copy)
        </span>
      ) : null}
    </blockquote>
  );
}

function Grades({ c }: { c: Pick<CitationChange, "credibility" | "source"> }) {
  const credibility = CREDIBILITY_GRADES[c.credibility];
  return (
    <p className="mt-1 text-sm text-stone-700">
      <ExternalLink url={c.source.url}>{c.source.title}</ExternalLink> · reliability{" "}
      {c.source.reliability} ({RELIABILITY_LABELS[c.source.reliability]}) · credibility{" "}
      {credibility.grade} ({credibility.label})
    </p>
  );
}

/** The citations and outcome updates of a submission, each in full. */
export function ChangeSetView({ changes }: { changes: Changes }) {
  const { citations, withdrawals, outcomes } = changes;
  if (citations.length + withdrawals.length + outcomes.length === 0) return null;
  return (
    <div className="mt-4 space-y-4">
      {citations.length > 0 ? (
        <section aria-label="Citations added or corrected">
          <h3 className="font-medium">Citations added or corrected</h3>
          <ul className="mt-1 space-y-3">
            {citations.map((c) => (
              <li key={c.id} className="rounded border border-stone-200 p-2">
                <p className="text-sm font-semibold">
                  {c.replaces ? "Correction of an approved citation" : "New citation"}
                </p>
                {c.replaces ? (
                  <div className="text-sm">
                    <p className="mt-1">Was:</p>
                    <del className="block">
                      <Quote c={c.replaces} />
                    </del>
                    <Grades c={c.replaces} />
                    <p className="mt-2">Becomes:</p>
                  </div>
                ) : null}
                <Quote c={c} />
                <Grades c={c} />
                {c.note ? <p className="mt-1 text-sm">Note: {c.note}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {withdrawals.length > 0 ? (
        <section aria-label="Citations withdrawn">
          <h3 className="font-medium">Citations withdrawn</h3>
          <ul className="mt-1 space-y-3">
            {withdrawals.map((c) => (
              <li key={c.id} className="rounded border border-red-200 bg-red-50 p-2">
                <del className="block">
                  <Quote c={c} />
                </del>
                <Grades c={c} />
                <p className="mt-1 text-sm">Reason: {c.withdrawalNote}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {outcomes.length > 0 ? (
        <section aria-label="Outcome updates">
          <h3 className="font-medium">Outcome updates</h3>
          <ul className="mt-1 space-y-3">
            {outcomes.map((o) => (
              <li key={o.id} className="rounded border border-stone-200 p-2">
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt className="text-stone-700">Status</dt>
                  <dd className="font-semibold">{OUTCOME_LABELS[o.status]}</dd>
                  <dt className="text-stone-700">Date it happened</dt>
                  <dd>
                    <DateText value={o.occurredAt} />
                  </dd>
                  <dt className="text-stone-700">What happened</dt>
                  <dd className="whitespace-pre-wrap">{o.note}</dd>
                  <dt className="text-stone-700">Evidence</dt>
                  <dd>
                    {o.evidence.length === 0 ? (
                      "None cited"
                    ) : (
                      <ul>
                        {o.evidence.map((s) => (
                          <li key={s.id}>
                            <ExternalLink url={s.url}>{s.title}</ExternalLink>
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                  {o.correctsId ? (
                    <>
                      <dt className="text-stone-700">Corrects</dt>
                      <dd>an earlier entry of the timeline</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
