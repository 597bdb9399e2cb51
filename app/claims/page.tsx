import type { Metadata } from "next";
import Link from "next/link";
import { fieldErrorsFrom } from "@/lib/errors";
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
import { Pager } from "@/components/ui/pager";

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
  const { page: pageError, ...fieldErrors } = errors;
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
          {pageError}{" "}
          <Link href={pageHref(ZClaimFilters.safeParse(values).data ?? {}, 1)}>
            Go to the first page
          </Link>
          .
        </p>
      )}
    </>
  );
}

/** The list's address for `page`, keeping the search. */
function pageHref(filters: Partial<ClaimFilters>, page: number): string {
  const params = filterParams(filters);
  params.set("page", String(page));
  return `/claims?${params.toString()}`;
}

async function Results({ search }: { search: ClaimSearch }) {
  const { page, ...filters } = search;
  const result = await searchClaims(null, filters, { page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const href = (n: number) => pageHref(filters, n);
  return (
    <section aria-labelledby="results">
      <h2 id="results" className="sr-only">
        Results
      </h2>
      <p role="status" className="mb-3 text-sm text-stone-700">
        {result.total === 1 ? "1 claim matches." : `${result.total} claims match.`}
      </p>
      {page > pages ? (
        <p role="alert" className={alert}>
          There is no page {page}: the results end at page {pages}.{" "}
          <Link href={href(pages)}>Go to page {pages}</Link>.
        </p>
      ) : (
        <ClaimList claims={result.items} empty="No published claim matches this search." />
      )}
      <Pager page={Math.min(page, pages)} pageSize={PAGE_SIZE} total={result.total} href={href} />
      <ExportLinks query={filterParams(filters).toString()} />
    </section>
  );
}
