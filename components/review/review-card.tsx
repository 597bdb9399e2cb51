import Link from "next/link";
import type { PendingReview } from "@/lib/review/queries";
import { RevisionDiff } from "@/components/claims/revision-diff";
import { ChangeSetView } from "@/components/review/change-set-view";
import { ActionForm } from "@/components/ui/action-form";
import { REVIEW_TEXT_MAX } from "@/lib/review/schemas";
import { approveAction, requestChangesAction } from "@/lib/review/actions";
import { formatAge } from "@/lib/dates/format";

const KIND_TEXT = {
  NEW_CLAIM: "New claim",
  EDIT: "Change to a published claim",
  OUTCOME_UPDATE: "Outcome update to a published claim",
} as const;

const EMPTY = { number: 0, author: "", createdAt: "", fields: {} };

/** One submission in the queue: what changed against the public version, and the decision. */
export function ReviewCard({
  review,
  canDecide,
  viewerId,
  now,
}: {
  review: PendingReview;
  canDecide: boolean;
  viewerId: string;
  now: Date;
}) {
  const own = review.submittedBy.id === viewerId;
  const ownWork = !own && review.changes.authorIds.includes(viewerId);
  const revisionChanged = review.submitted?.number !== review.published?.number;
  return (
    <li className="rounded border border-stone-300 bg-white p-4">
      <p className="text-sm text-stone-700">
        {KIND_TEXT[review.kind]} · submitted by {review.submittedBy.name} ·{" "}
        <span>waiting {formatAge(review.submittedAt, now)}</span>
      </p>
      <h2 className="mt-1 text-lg font-semibold">
        <Link href={`/claims/${review.claim.id}`}>{review.claim.statement}</Link>
      </h2>
      {revisionChanged && review.submitted ? (
        <>
          <h3 className="mt-3 font-medium">
            {review.published
              ? `Changes against the published revision ${review.published.number}`
              : "Content submitted (nothing of it is public yet)"}
          </h3>
          <div className="mt-2">
            <RevisionDiff from={review.published ?? EMPTY} to={review.submitted} />
          </div>
        </>
      ) : (
        <p className="mt-3 text-sm text-stone-700">
          The claim&apos;s text is unchanged (published revision {review.published?.number}).
        </p>
      )}
      <ChangeSetView changes={review.changes} />
      {canDecide && own ? (
        <p className="mt-3 text-sm text-amber-900">
          You submitted this, so another editor must review it (two-person rule).
        </p>
      ) : null}
      {canDecide && ownWork ? (
        <p className="mt-3 text-sm text-amber-900">
          This change contains work of yours, so another editor must review it (two-person rule).
        </p>
      ) : null}
      {canDecide && !own && !ownWork ? (
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <ActionForm
            action={approveAction}
            hidden={{ reviewId: review.id }}
            submitLabel="Approve and publish"
            confirm={{
              title: "Approve and publish this change?",
              body: (
                <p>
                  “{review.claim.statement}” will be published as submitted by{" "}
                  {review.submittedBy.name}: readers, the API, exports and feeds see it at once.
                  Nothing published is ever deleted; a later change needs a review of its own.
                </p>
              ),
            }}
          />
          <ActionForm
            action={requestChangesAction}
            hidden={{ reviewId: review.id }}
            note={{
              name: "comment",
              label: "What needs to change",
              required: true,
              maxLength: REVIEW_TEXT_MAX,
            }}
            submitLabel="Request changes"
            tone="plain"
          />
        </div>
      ) : null}
    </li>
  );
}
