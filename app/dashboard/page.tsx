import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { ACCOUNT_CREATED_NOTICE } from "@/lib/invitations/accept-invitation";
import { firstValues } from "@/lib/public/claim-filters";
import { can } from "@/lib/auth/policy";
import { listDashboardClaims } from "@/lib/claims/queries";
import { listClaimsPastResolveBy } from "@/lib/dashboard/list-claims-past-resolve-by";
import { listMyOpenForecasts } from "@/lib/dashboard/list-my-open-forecasts";
import { listRecentActivity } from "@/lib/dashboard/list-recent-activity";
import { ClaimList } from "@/components/claims/claim-list";
import { ActivityFeed } from "@/components/dashboard/activity-feed";
import { OpenForecastList } from "@/components/dashboard/open-forecast-list";
import { OverdueClaimList } from "@/components/dashboard/overdue-claim-list";
import { listMissingQuotes } from "@/lib/sources/list-missing-quotes";
import { MissingQuoteList } from "@/components/sources/missing-quote-list";

export const metadata: Metadata = { title: "Dashboard", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser("/dashboard");
  const { notice } = firstValues(await searchParams);
  const forecaster = can(user.role, "forecast.record");
  const [{ myDrafts, inReview }, overdue, openForecasts, activity, missingQuotes] =
    await Promise.all([
      listDashboardClaims(user),
      listClaimsPastResolveBy(user),
      forecaster ? listMyOpenForecasts(user) : Promise.resolve([]),
      listRecentActivity(user),
      listMissingQuotes(user),
    ]);
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
      {notice === "account-created" ? (
        <p role="status" className="mt-4 rounded bg-green-50 p-3 text-green-950">
          {ACCOUNT_CREATED_NOTICE}
        </p>
      ) : null}
      <section aria-labelledby="drafts" className="mt-8">
        <h2 id="drafts" className="mb-3 text-xl font-semibold">
          My drafts
        </h2>
        <ClaimList claims={myDrafts} showEditorial empty="You have no drafts." />
      </section>
      <section aria-labelledby="review" className="mt-8">
        <h2 id="review" className="mb-3 text-xl font-semibold">
          Claims in review
        </h2>
        <ClaimList claims={inReview} showEditorial empty="Nothing is waiting for review." />
      </section>
      <section aria-labelledby="overdue" className="mt-8">
        <h2 id="overdue" className="mb-3 text-xl font-semibold">
          Past their resolve-by date
        </h2>
        <OverdueClaimList claims={overdue} />
      </section>
      <section aria-labelledby="missing-quotes" className="mt-8">
        <h2 id="missing-quotes" className="mb-3 text-xl font-semibold">
          Quotes no longer in their source
        </h2>
        <MissingQuoteList quotes={missingQuotes} />
      </section>
      {forecaster ? (
        <section aria-labelledby="open-forecasts" className="mt-8">
          <h2 id="open-forecasts" className="mb-3 text-xl font-semibold">
            My open forecasts
          </h2>
          <OpenForecastList forecasts={openForecasts} />
        </section>
      ) : null}
      <section aria-labelledby="activity" className="mt-8">
        <h2 id="activity" className="mb-3 text-xl font-semibold">
          Recent activity
        </h2>
        <ActivityFeed items={activity} />
      </section>
    </>
  );
}
