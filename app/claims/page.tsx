import type { Metadata } from "next";
import Link from "next/link";
import { AppError, fieldErrorsFrom } from "@/lib/errors";
import { searchClaims } from "@/lib/claims/search-claims";
import {
  filterParams,
  firstValues,
  ZClaimFilters,
  ZClaimSearch,
  type ClaimFilters,
  type ClaimSearch,
} from "@/lib/public/claim-filters";
import { publicOrigin } from "@/lib/public/origin";
import { listSearchOptions } from "@/lib/public/search-options";
import { ClaimList } from "@/components/claims/claim-list";
import { ClaimSearchForm } from "@/components/public/claim-search-form";
import { ExportLinks } from "@/components/public/export-links";
import { CursorPager } from "@/components/ui/cursor-pager";
import { describeTotal } from "@/lib/claims/keyset";

export async function generateMetadata(): Promise<Metadata> {
  const origin = await publicOrigin();
  return {
    title: "Claims",
    description: "Search the published claims by words, claimant, kind, outcome, topic and date.",
    alternates: {
      canonical: `${origin}/claims`,
      types: { "application/atom+xml": `${origin}/feed.xml` },
    },
  };
}

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const alert = "rounded border border-red-700 bg-red-50 p-3 text-red-900";

/**
 * The public claim search. Members see the same public list here: the internal reading
 * belongs to the dashboard and the API's scope=internal.
 */
export default async function ClaimsPage({ searchParams }: Props) {
  const values = firstValues(await searchParams);
  const parsed = ZClaimSearch.safeParse(values);
  const options = await listSearchOptions();
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  const { page: pageError, cursor: cursorError, ...fieldErrors } = errors;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Claims</h1>
      <ClaimSearchForm values={values} errors={fieldErrors} options={options} />
      {parsed.success ? (
        <Results search={parsed.data} />
      ) : Object.keys(fieldErrors).length > 0 ? (
        <p role="alert" className={alert}>
          Some search fields need attention: see the messages beside them.
        </p>
      ) : (
        <p role="alert" className={alert}>
          {pageError ?? cursorError}{" "}
          <Link href={pageHref(ZClaimFilters.safeParse(values).data ?? {}, null)}>
            Go to the first page
          </Link>
          .
        </p>
      )}
    </>
  );
}

/** The list's address at `cursor` (the first page without one), keeping the search. */
function pageHref(filters: Partial<ClaimFilters>, cursor: string | null): string {
  const params = filterParams(filters);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/claims?${query}` : "/claims";
}

async function Results({ search }: { search: ClaimSearch }) {
  const { page: _page, cursor, ...filters } = search;
  // A forged or stale cursor is the reader's link, not our fault: say so, never a 500.
  const result = await searchClaims(null, filters, { cursor, pageSize: PAGE_SIZE }).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.fields?.cursor) return error.fields.cursor;
      throw error;
    },
  );
  if (typeof result === "string") {
    return (
      <p role="alert" className={alert}>
        {result}. <Link href={pageHref(filters, null)}>Go to the first page</Link>.
      </p>
    );
  }
  return (
    <section aria-labelledby="results">
      <h2 id="results" className="sr-only">
        Results
      </h2>
      <p role="status" className="mb-3 text-sm text-stone-700">
        {describeTotal(result, "claim")}{" "}
        {result.total === 1 && !result.totalIsCapped ? "matches" : "match"}
        {filters.q && !result.rankedByRelevance
          ? ", newest first: add words to rank them by relevance."
          : filters.q
            ? ", most relevant first."
            : ", newest first."}
      </p>
      <ClaimList claims={result.items} empty="No published claim matches this search." />
      <CursorPager
        cursor={cursor}
        nextCursor={result.nextCursor}
        href={(c) => pageHref(filters, c)}
      />
      <ExportLinks query={filterParams(filters).toString()} />
    </section>
  );
}
