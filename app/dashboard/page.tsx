import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/policy";
import { listDashboardClaims } from "@/lib/claims/queries";
import { ClaimList } from "@/components/claims/claim-list";

export const metadata: Metadata = { title: "Dashboard", robots: { index: false } };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const { myDrafts, inReview } = await listDashboardClaims(user);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Dashboard</h1>
        {can(user.role, "claim.create") ? (
          <Link
            href="/claims/new"
            className="rounded bg-blue-800 px-4 py-2 text-white no-underline"
          >
            New claim
          </Link>
        ) : null}
      </div>
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
    </>
  );
}
