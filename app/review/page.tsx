import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/policy";
import { listPendingReviews } from "@/lib/review/queries";
import { ReviewCard } from "@/components/review/review-card";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };

export default async function ReviewQueuePage() {
  const user = await requireUser("/review");
  const reviews = await listPendingReviews(user);
  const now = new Date();
  return (
    <>
      <h1 className="text-2xl font-bold">Review queue</h1>
      <p className="mt-1 text-stone-700">
        {reviews.length === 0
          ? "Nothing is waiting for review."
          : `${reviews.length} submission(s) waiting, oldest first.`}
      </p>
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
    </>
  );
}
