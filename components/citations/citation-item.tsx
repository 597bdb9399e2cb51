import type { CitationView } from "@/lib/citations/queries";
import { ExternalLink } from "@/components/ui/external-link";
import { CREDIBILITY_GRADES, RELIABILITY_LABELS } from "@/lib/scales";

/** A citation: the quote highlighted in its context, with both grades spelled out. */
export function CitationItem({ citation: c }: { citation: CitationView }) {
  const credibility = CREDIBILITY_GRADES[c.credibility];
  return (
    <li className="rounded border border-stone-300 bg-white p-4">
      <blockquote className="text-stone-800">
        {c.prefix ? <span className="text-stone-600">…{c.prefix}</span> : null}
        <mark className="bg-yellow-200 px-0.5">{c.exact}</mark>
        {c.suffix ? <span className="text-stone-600">{c.suffix}…</span> : null}
      </blockquote>
      <p className="mt-3 text-sm">
        <ExternalLink url={c.source.url}>{c.source.title}</ExternalLink>
        {c.source.outlet ? ` · ${c.source.outlet}` : null}
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-stone-700">Source reliability</dt>
        <dd>
          {c.source.reliability} — {RELIABILITY_LABELS[c.source.reliability]}
        </dd>
        <dt className="text-stone-700">Information credibility</dt>
        <dd>
          {credibility.grade} — {credibility.label}
        </dd>
        <dt className="text-stone-700">Captured copy</dt>
        <dd>
          {c.foundInCapture
            ? "Quote found in the captured copy"
            : "Quote not found in the captured copy"}
          {c.source.capturedSha256 ? (
            <span className="block break-all font-mono text-xs text-stone-600">
              SHA-256 {c.source.capturedSha256}
            </span>
          ) : null}
        </dd>
      </dl>
      {c.pendingReview ? <p className="mt-2 text-sm text-amber-900">Awaiting review</p> : null}
    </li>
  );
}
