import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { ACCOUNT_CREATED_NOTICE } from "@/lib/invitations/accept-invitation";
import { firstValues } from "@/lib/claims/filters";
import { can } from "@/lib/auth/policy";
import { listClaimsInReview, listMyDrafts } from "@/lib/dashboard/dashboard-claims";
import { listClaimsPastResolveBy } from "@/lib/dashboard/list-claims-past-resolve-by";
import { listMyOpenForecasts } from "@/lib/dashboard/list-my-open-forecasts";
import { activityCursorParam, listRecentActivity } from "@/lib/dashboard/list-recent-activity";
import { ClaimList } from "@/components/claims/claim-list";
import { ActivityFeed } from "@/components/dashboard/activity-feed";
import { OpenForecastList } from "@/components/dashboard/open-forecast-list";
import { OverdueClaimList } from "@/components/dashboard/overdue-claim-list";
import { listMissingQuotes } from "@/lib/sources/list-missing-quotes";
import { MissingQuoteList } from "@/components/sources/missing-quote-list";
import { CursorPager } from "@/components/ui/cursor-pager";
import { cursorParam, describeTotal } from "@/lib/claims/keyset";
import { teamSearchHref } from "@/lib/claims/team-search";

export const metadata: Metadata = { title: "Dashboard", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Each paged list's cursor parameter: the lists page independently of one another. */
const LISTS = ["drafts", "review", "overdue", "forecasts", "activity"] as const;
type ListName = (typeof LISTS)[number];

/** The dashboard's address with `list` at `cursor` and the other lists where they are. */
function pageHref(cursors: Record<ListName, string | null>, list: ListName) {
  return (cursor: string | null) => {
    const query = new URLSearchParams();
    for (const name of LISTS) {
      const value = name === list ? cursor : cursors[name];
      if (value) query.set(name, value);
    }
    const search = query.toString();
    return `/dashboard${search ? `?${search}` : ""}#${list}`;
  };
}

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser("/dashboard");
  const params = await searchParams;
  const { notice } = firstValues(params);
  // The activity pages by audit event id (as the audit log does), the others by keyset cursor.
  const paging = Object.fromEntries(
    LISTS.map((name) => [
      name,
      name === "activity" ? activityCursorParam(params[name]) : cursorParam(params[name]),
    ]),
  );
  const cursors = Object.fromEntries(
    LISTS.map((name) => [name, paging[name]?.cursor ?? null]),
  ) as Record<ListName, string | null>;
  const invalidCursor = LISTS.some((name) => paging[name]?.invalid);
  const forecaster = can(user.role, "forecast.record");
  const [myDrafts, inReview, overdue, openForecasts, activity, missingQuotes] = await Promise.all([
    listMyDrafts(user, { cursor: cursors.drafts }),
    listClaimsInReview(user, { cursor: cursors.review }),
    listClaimsPastResolveBy(user, { cursor: cursors.overdue }),
    forecaster ? listMyOpenForecasts(user, { cursor: cursors.forecasts }) : null,
    listRecentActivity(user, { cursor: cursors.activity }),
    listMissingQuotes(user),
  ]);
  const pager = (list: ListName, nextCursor: string | null, label: string) => (
    <CursorPager
      cursor={cursors[list]}
      nextCursor={nextCursor}
      href={pageHref(cursors, list)}
      label={label}
    />
  );
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Dashboard</h1>
        {can(user.role, "claim.create") ? (
          <div className="flex gap-3">
            {can(user.role, "intake.preview") ? (
              <Link
                href="/intake"
                className="rounded border border-blue-800 px-4 py-2 text-blue-800 no-underline"
              >
                Article intake
              </Link>
            ) : null}
            <Link
              href="/claims/new"
              className="rounded bg-blue-800 px-4 py-2 text-white no-underline"
            >
              New claim
            </Link>
          </div>
        ) : null}
      </div>
      {invalidCursor ? (
        <p role="alert" className="mt-4">
          A page link was not valid; that list shows its first page.
        </p>
      ) : null}
      {notice === "account-created" ? (
        <p role="status" className="mt-4 rounded bg-green-50 p-3 text-green-950">
          {ACCOUNT_CREATED_NOTICE}
        </p>
      ) : null}
      <section aria-labelledby="drafts" className="mt-8">
        <h2 id="drafts" className="mb-3 text-xl font-semibold">
          My drafts
        </h2>
        {myDrafts.total > 0 ? (
          <ListTotal
            text={describeTotal(myDrafts, "draft")}
            href={teamSearchHref({ author: "me", status: "drafts" })}
            label="See all my drafts"
          />
        ) : null}
        <ClaimList claims={myDrafts.items} showEditorial empty="You have no drafts." />
        {pager("drafts", myDrafts.nextCursor, "My drafts pages")}
      </section>
      <section aria-labelledby="review" className="mt-8">
        <h2 id="review" className="mb-3 text-xl font-semibold">
          Claims in review
        </h2>
        {inReview.total > 0 ? (
          <ListTotal
            text={`${describeTotal(inReview, "claim")}, the longest waiting first`}
            href={teamSearchHref({ status: "review" })}
            label="See all claims in review"
          />
        ) : null}
        <ClaimList claims={inReview.items} showEditorial empty="Nothing is waiting for review." />
        {pager("review", inReview.nextCursor, "Claims in review pages")}
      </section>
      <section aria-labelledby="overdue" className="mt-8">
        <h2 id="overdue" className="mb-3 text-xl font-semibold">
          Past their resolve-by date
        </h2>
        {overdue.total > 0 ? (
          <ListTotal
            text={`${describeTotal(overdue, "claim")}, the most overdue first`}
            href={teamSearchHref({ overdue: "1" })}
            label="See all claims past their resolve-by date"
          />
        ) : null}
        <OverdueClaimList claims={overdue.items} />
        {pager("overdue", overdue.nextCursor, "Past their resolve-by date pages")}
      </section>
      <section aria-labelledby="missing-quotes" className="mt-8">
        <h2 id="missing-quotes" className="mb-3 text-xl font-semibold">
          Quotes no longer in their source
        </h2>
        <MissingQuoteList quotes={missingQuotes} />
      </section>
      {openForecasts ? (
        <section aria-labelledby="forecasts" className="mt-8">
          <h2 id="forecasts" className="mb-3 text-xl font-semibold">
            My open forecasts
          </h2>
          {openForecasts.total > 0 ? (
            <ListTotal
              text={`${describeTotal(openForecasts, "forecast")}, latest first`}
              href={teamSearchHref({ forecast: "mine" })}
              label="See all claims with my open forecast"
            />
          ) : null}
          <OpenForecastList forecasts={openForecasts.items} />
          {pager("forecasts", openForecasts.nextCursor, "My open forecasts pages")}
        </section>
      ) : null}
      <section aria-labelledby="activity" className="mt-8">
        <h2 id="activity" className="mb-3 text-xl font-semibold">
          Recent activity
        </h2>
        {activity.total > 0 ? (
          <ListTotal
            text={`Showing ${activity.items.length} of ${describeTotal(activity, "change")}, newest first`}
            {...(can(user.role, "audit.read")
              ? { href: "/admin/audit", label: "See the full audit log" }
              : {})}
          />
        ) : null}
        <ActivityFeed items={activity.items} />
        {pager("activity", activity.nextCursor, "Recent activity pages")}
      </section>
    </>
  );
}

/**
 * A dashboard list's total, and the link to the whole list (the team's claim search; the
 * audit log for an admin's activity), where the reader may open one.
 */
function ListTotal({ text, href, label }: { text: string; href?: string; label?: string }) {
  return (
    <p className="mb-2 flex flex-wrap gap-x-4">
      <span>{text}</span>
      {href && label ? <Link href={href}>{label}</Link> : null}
    </p>
  );
}
