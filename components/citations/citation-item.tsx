import type { ReactNode } from "react";
import Link from "next/link";
import type { CitationView } from "@/lib/citations/queries";
import { ExternalLink } from "@/components/ui/external-link";
import { CREDIBILITY_GRADES, RELIABILITY_LABELS } from "@/lib/scales";
import { CaptureStanding, QuoteCheckNote } from "@/components/sources/quote-check-note";
import type { Repeats } from "@/lib/intake/independence";
import { Timestamp } from "@/components/ui/timestamp";

/**
 * A citation: the quote highlighted in the words around it in the captured copy, with the
 * source's reliability and the information's credibility spelled out, and where the quote
 * stands in the source's latest captured copy (CaptureStanding).
 */
const STATE_NOTES: Record<CitationView["state"], string | null> = {
  APPROVED: null,
  PENDING: "Awaiting review",
  WITHDRAWAL_PENDING: "Withdrawal awaiting review (still public until approved)",
  REPLACED: "A correction awaits review (this version stays public until it is approved)",
  RETIRED: "Withdrawn or replaced: not public, kept for the history",
};

export function CitationItem({
  citation: c,
  showLibraryLink = false,
  tools,
  repeats,
}: {
  citation: CitationView;
  showLibraryLink?: boolean;
  /** Member tools under the citation (correct, withdraw). */
  tools?: ReactNode;
  /** Among several sources: null = independent, else the source whose quote this repeats. */
  repeats?: Repeats;
}) {
  const stateNote = STATE_NOTES[c.state];
  const captureCheck = c.captureCheck ?? undefined;
  const credibility = CREDIBILITY_GRADES[c.credibility];
  return (
    <li className="rounded border border-stone-300 bg-white p-4" data-testid="citation">
      <blockquote className="whitespace-pre-wrap text-stone-800">
        {c.prefix ? <span className="text-stone-600">…{c.prefix}</span> : null}
        {(captureCheck ? captureCheck.check !== "MISSING" : c.foundInCapture) ? (
          <mark className="bg-yellow-200 px-0.5">{c.exact}</mark>
        ) : (
          <span className="italic">“{c.exact}”</span>
        )}
        {c.suffix ? <span className="text-stone-600">{c.suffix}…</span> : null}
      </blockquote>
      <p className="mt-3 text-sm">
        <ExternalLink url={c.source.url}>{c.source.title}</ExternalLink>
        {c.source.outlet ? ` · ${c.source.outlet}` : null}
        {" · "}
        <Link href={`/sources/${c.source.id}`}>
          {showLibraryLink ? "in the library" : "about this source"}
        </Link>
      </p>
      {repeats !== undefined ? (
        <p className="mt-1 text-sm" data-testid="independence">
          {repeats === null
            ? "Independent source"
            : `Repeats the quote first published by ${repeats.label}`}
        </p>
      ) : null}
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
          <CaptureStanding foundInCapture={c.foundInCapture} check={captureCheck} />
          {c.source.capturedSha256 ? (
            <span className="block break-all font-mono text-xs text-stone-600">
              SHA-256 {c.source.capturedSha256}
              {c.source.capturedAt ? (
                <>
                  , captured <Timestamp iso={c.source.capturedAt} />
                </>
              ) : null}
            </span>
          ) : null}
        </dd>
        {c.note ? (
          <>
            <dt className="text-stone-700">Note</dt>
            <dd>{c.note}</dd>
          </>
        ) : null}
      </dl>
      <QuoteCheckNote check={captureCheck} internal={showLibraryLink} />
      {showLibraryLink && stateNote ? (
        <p className="mt-2 text-sm font-medium text-amber-900">
          {c.replacesId && c.state === "PENDING" ? "Correction of an approved citation. " : null}
          {stateNote}
        </p>
      ) : null}
      {showLibraryLink && c.withdrawalNote ? (
        <p className="mt-1 text-sm">Reason for withdrawing: {c.withdrawalNote}</p>
      ) : null}
      {tools}
    </li>
  );
}
