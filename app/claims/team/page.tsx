import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import { AppError, fieldErrorsFrom } from "@/lib/errors";
import { searchClaims } from "@/lib/claims/search-claims";
import { describeTotal } from "@/lib/claims/keyset";
import {
  listAuthors,
  teamSearchHref,
  ZTeamClaimSearch,
  type TeamClaimSearch,
} from "@/lib/claims/team-search";
import { firstValues } from "@/lib/claims/filters";
import { listSearchOptions } from "@/lib/claims/search-options";
import { getActor } from "@/lib/actors/queries";
import type { SessionUser } from "@/lib/auth/session-user";
import { ClaimList } from "@/components/claims/claim-list";
import { TeamClaimSearchForm } from "@/components/claims/team-claim-search-form";
import { CursorPager } from "@/components/ui/cursor-pager";

export const metadata: Metadata = { title: "Team claims", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 20;
const alert = "rounded border border-red-700 bg-red-50 p-3 text-red-900";

/**
 * Every claim the team works on, drafts and reviews included: the full lists the dashboard
 * links to ("see all"), and a search of the working copies with the members' filters.
 */
export default async function TeamClaimsPage({ searchParams }: Props) {
  const user = await requireUser("/claims/team");
  requirePermission(user, "claim.readInternal");
  const values = firstValues(await searchParams);
  const parsed = ZTeamClaimSearch.safeParse(values);
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  const { page: pageError, cursor: cursorError, ...fieldErrors } = errors;
  const [options, authors, claimant] = await Promise.all([
    listSearchOptions(),
    listAuthors(),
    parsed.success && parsed.data.actor ? getActor(parsed.data.actor).catch(() => null) : null,
  ]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">Team claims</h1>
      <p className="mb-4 text-stone-700">
        Every claim, in its working copy: drafts, reviews, published and retracted. The public sees
        only published claims, at <Link href="/claims">Claims</Link>.
      </p>
      <TeamClaimSearchForm
        values={values}
        errors={fieldErrors}
        options={options}
        authors={authors}
        claimant={claimant ? { id: claimant.id, label: claimant.name } : undefined}
      />
      {parsed.success ? (
        <Results user={user} search={parsed.data} />
      ) : Object.keys(fieldErrors).length > 0 ? (
        <p role="alert" className={alert}>
          Some search fields need attention: see the messages beside them.
        </p>
      ) : (
        <p role="alert" className={alert}>
          {pageError ?? cursorError} <Link href="/claims/team">Go to the first page</Link>.
        </p>
      )}
    </>
  );
}

async function Results({ user, search }: { user: SessionUser; search: TeamClaimSearch }) {
  const { page: _page, cursor, status, author, overdue, forecast, ...filters } = search;
  const member = { status, author, overdue, forecast };
  const result = await searchClaims(user, filters, {
    scope: "internal",
    cursor,
    pageSize: PAGE_SIZE,
    member,
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.fields?.cursor) return error.fields.cursor;
    throw error;
  });
  if (typeof result === "string") {
    return (
      <p role="alert" className={alert}>
        {result}. <Link href={teamSearchHref({ ...filters, ...member })}>Go to the first page</Link>
        .
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
        {filters.q && result.rankedByRelevance ? ", most relevant first." : ", last changed first."}
      </p>
      <ClaimList claims={result.items} showEditorial empty="No claim matches this search." />
      <CursorPager
        cursor={cursor}
        nextCursor={result.nextCursor}
        href={(c) => teamSearchHref({ ...filters, ...member }, c)}
      />
    </section>
  );
}
