import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/policy";
import { listPendingReviews } from "@/lib/review/queries";
import { ReviewCard } from "@/components/review/review-card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { cursorParam, describeTotal } from "@/lib/claims/keyset";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const user = await requireUser("/review");
  const { cursor, invalid } = cursorParam((await searchParams).cursor);
  const page = await listPendingReviews(user, { cursor });
  const reviews = page.items;
  const now = new Date();
  return (
    <>
      <h1 className="text-2xl font-bold">Review queue</h1>
      <p className="mt-1 text-stone-700">
        {page.total === 0
          ? "Nothing is waiting for review."
          : `${describeTotal(page, "submission")} waiting, oldest first.`}
      </p>
      {invalid ? <p role="alert">That page link is not valid; this is the first page.</p> : null}
      <ul className="mt-6 space-y-6">
        {reviews.map((r) => (
          <ReviewCard
            key={r.id}
            review={r}
            canDecide={can(user.role, "claim.review")}
            viewerId={user.id}
            now={now}
          />
        ))}
      </ul>
      <CursorPager
        cursor={cursor}
        nextCursor={page.nextCursor}
        href={(c) => (c ? `/review?cursor=${c}` : "/review")}
        label="Review queue pages"
      />
    </>
  );
}
