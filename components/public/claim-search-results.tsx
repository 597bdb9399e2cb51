import type { Metadata } from "next";
import Link from "next/link";
import { AppError, fieldErrorsFrom } from "@/lib/errors";
import { searchClaims } from "@/lib/claims/search-claims";
import {
  filterParams,
  ZClaimFilters,
  ZClaimSearch,
  type ClaimFilters,
  type ClaimSearch,
} from "@/lib/claims/filters";
import { listSearchOptions } from "@/lib/claims/search-options";
import { ClaimList } from "@/components/claims/claim-list";
import { ClaimSearchForm } from "@/components/public/claim-search-form";
import { ExportLinks } from "@/components/public/export-links";
import { CursorPager } from "@/components/ui/cursor-pager";
import { describeTotal } from "@/lib/claims/keyset";
import { normalizeName } from "@/lib/actors/normalize-name";
import { claimantName, resolveClaimant, type ClaimantChoice } from "@/lib/actors/resolve-claimant";

const PAGE_SIZE = 20;

/** The search page's metadata; `origin` is the site's public origin. */
export function searchMetadata(origin: string): Metadata {
  return {
    title: "Claims",
    description: "Search the published claims by words, claimant, kind, outcome, topic and date.",
    alternates: {
      canonical: `${origin}/claims`,
      types: { "application/atom+xml": `${origin}/feed.xml` },
    },
  };
}

const alert = "rounded border border-red-700 bg-red-50 p-3 text-red-900";

/**
 * The public claim search for the parameters `values` (as typed, one value each): the form,
 * then one keyset page of results or what is wrong with the search. Members see the same
 * public list here: the internal reading belongs to the dashboard and the API's
 * scope=internal. Shared by the dynamic page and the cached first pages.
 */
export async function ClaimSearchResults({ values }: { values: Record<string, string> }) {
  const parsed = ZClaimSearch.safeParse(values);
  const options = await listSearchOptions();
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  const { page: pageError, cursor: cursorError, ...fieldErrors } = errors;
  const claimant = parsed.success ? await readClaimant(parsed.data) : null;
  if (claimant?.error) fieldErrors.claimant = claimant.error;
  const formValues = { ...values, claimant: claimant?.name ?? values.claimant ?? "" };
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Claims</h1>
      <ClaimSearchForm
        values={formValues}
        errors={fieldErrors}
        options={options}
        actorId={claimant?.search.actor}
      />
      {claimant && !claimant.error ? (
        <Results search={claimant.search} />
      ) : claimant?.choices.length ? (
        <div role="alert" className={alert}>
          <p>Several claimants go by that name. Search the claims of:</p>
          <ul className="mt-2 list-disc pl-6">
            {claimant.choices.map((choice) => (
              <li key={choice.id}>
                <Link href={pageHref({ ...claimant.search, actor: choice.id }, null)}>
                  {choice.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
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

/**
 * The search with its claimant settled: a typed name becomes the one actor it stands for
 * (an `actor` id from a link is kept while the name still fits it), or an error for the
 * field with the near names to choose from; an `actor` id alone shows its name in the field.
 */
async function readClaimant({ claimant: typed, ...search }: ClaimSearch): Promise<{
  search: Omit<ClaimSearch, "claimant">;
  name?: string;
  error?: string;
  choices: ClaimantChoice[];
}> {
  const current = search.actor ? await claimantName(search.actor) : null;
  if (!typed) return { search, name: current ?? undefined, choices: [] };
  if (current !== null && normalizeName(current) === normalizeName(typed)) {
    return { search, choices: [] };
  }
  const found = await resolveClaimant(typed);
  if (found.kind === "one") return { search: { ...search, actor: found.actor.id }, choices: [] };
  const { actor: _actor, ...rest } = search;
  return found.kind === "several"
    ? {
        search: rest,
        error: "Several claimants match this name: choose one",
        choices: found.actors,
      }
    : { search: rest, error: "No claimant with published claims goes by this name", choices: [] };
}

/** The list's address at `cursor` (the first page without one), keeping the search. */
function pageHref(filters: Partial<ClaimFilters>, cursor: string | null): string {
  const params = filterParams(filters);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/claims?${query}` : "/claims";
}

async function Results({ search }: { search: Omit<ClaimSearch, "claimant"> }) {
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
