import type { Metadata } from "next";
import Link from "next/link";
import { countPublishedByOutcome } from "@/lib/claims/queries";
import { searchClaims } from "@/lib/claims/search-claims";
import { ZClaimFilters } from "@/lib/claims/filters";
import { OUTCOME_LABELS } from "@/lib/scales";
import { ClaimList } from "@/components/claims/claim-list";
import { ExportLinks } from "@/components/public/export-links";
import { QUERY_MAX } from "@/lib/forms/limits";

/** The home page's metadata; `origin` is the site's public origin. */
export function homeMetadata(origin: string): Metadata {
  return {
    alternates: {
      canonical: `${origin}/`,
      types: { "application/atom+xml": `${origin}/feed.xml` },
    },
  };
}

/** The home page's content: the latest published claims, read as an anonymous visitor. */
export async function HomeContent() {
  const [latest, counts] = await Promise.all([
    searchClaims(null, ZClaimFilters.parse({}), { pageSize: 20 }),
    countPublishedByOutcome(),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold">Claims in the news, followed up</h1>
      <p className="mt-2 max-w-2xl text-stone-700">
        Each claim is tied to the exact words in its sources, graded, reviewed by a second analyst
        before publication, and tracked until we know whether it held.
      </p>
      <form method="get" action="/claims" role="search" className="mt-6 flex flex-wrap gap-2">
        <label htmlFor="home-q" className="sr-only">
          Search claims
        </label>
        <input
          id="home-q"
          name="q"
          type="search"
          maxLength={QUERY_MAX}
          placeholder="Search claims by words or claimant"
          className="w-full max-w-md rounded border border-stone-400 bg-white px-3 py-2"
        />
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white">
          Search
        </button>
      </form>
      <section aria-labelledby="counts" className="mt-8">
        <h2 id="counts" className="text-xl font-semibold">
          Published claims by outcome
        </h2>
        <dl className="mt-3 flex flex-wrap gap-4">
          {counts.map((c) => (
            <div key={c.outcome} className="rounded border border-stone-300 bg-white px-4 py-2">
              <dt className="text-sm text-stone-700">
                <Link href={`/claims?outcome=${c.outcome}`}>{OUTCOME_LABELS[c.outcome]}</Link>
              </dt>
              <dd className="text-2xl font-bold">{c.count}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="latest" className="mt-8">
        <h2 id="latest" className="mb-3 text-xl font-semibold">
          Latest published claims
        </h2>
        <ClaimList claims={latest.items} empty="Nothing has been published yet." />
        <p className="mt-4">
          <Link href="/claims">Search and filter every published claim</Link>
        </p>
        <ExportLinks query="" label="Download every published claim:" />
      </section>
    </>
  );
}
