import type { Metadata } from "next";
import Link from "next/link";
import type { PublicSource } from "@/lib/sources/public-source";
import { CaptureHistory } from "@/components/sources/capture-history";
import { SourceFacts } from "@/components/sources/source-facts";
import { QuoteCheckNote } from "@/components/sources/quote-check-note";

/** The public source page's metadata: indexable, with its canonical address. */
export function publicSourceMetadata(source: PublicSource): Metadata {
  return {
    title: source.title.slice(0, 80),
    description: `A source cited by ${source.citingClaims.length} published claim(s), with its reliability grade and capture history.`,
    alternates: { canonical: `/sources/${source.id}` },
  };
}

/**
 * The public page of a cited source: its description, its capture history (dates and
 * hashes only: the captured text stays with the team) and each published claim citing it,
 * with the quote in the words around it.
 */
export function PublicSourceView({ source }: { source: PublicSource }) {
  return (
    <article>
      <h1 className="text-2xl font-bold leading-snug">{source.title}</h1>
      <SourceFacts source={source} />
      <section aria-labelledby="citing-claims" className="mt-8">
        <h2 id="citing-claims" className="text-lg font-semibold">
          Published claims citing this source
        </h2>
        <ul className="mt-2 space-y-4">
          {source.citingClaims.map((c, i) => (
            <li key={`${c.claimId}-${i}`} className="rounded border border-stone-300 bg-white p-4">
              <Link href={`/claims/${c.claimId}`}>
                {c.isVerbatim ? `“${c.statement}”` : c.statement}
              </Link>
              <span className="text-sm text-stone-700"> — {c.claimantName}</span>
              <blockquote className="mt-2 whitespace-pre-wrap text-stone-800">
                {c.quote.prefix ? <span className="text-stone-600">…{c.quote.prefix}</span> : null}
                {c.missingSince ? (
                  <span className="italic">“{c.quote.exact}”</span>
                ) : (
                  <mark className="bg-yellow-200 px-0.5">{c.quote.exact}</mark>
                )}
                {c.quote.suffix ? <span className="text-stone-600">{c.quote.suffix}…</span> : null}
              </blockquote>
              <QuoteCheckNote
                check={c.missingSince ? { check: "MISSING", ...c.missingSince } : undefined}
                internal={false}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="captures" className="mt-8">
        <h2 id="captures" className="text-lg font-semibold">
          Captured copies
        </h2>
        <p className="text-sm text-stone-700">
          The team keeps a copy of the page&apos;s text each time it is captured, so quotes can be
          checked after the page changes. The copies stay with the team (the text is the
          outlet&apos;s); their SHA-256 hashes let anyone holding the same text confirm it.
        </p>
        <CaptureHistory
          captures={source.captures}
          changedAt={source.changedAt}
          showDetails={false}
        />
      </section>
    </article>
  );
}
