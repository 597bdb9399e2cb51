import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { forbidden } from "@/lib/errors";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { revisionInclude, revisionText } from "@/lib/claims/revision-history";
import { pendingChanges } from "@/lib/review/pending-changes";
import { changeSetAuthors, loadChangeSet, type ChangeSet } from "@/lib/review/change-set";
import { isoDate } from "@/lib/forms/fields";

/** A change set as the review queue shows it: every citation and outcome update in full. */
function changeSetView(changes: ChangeSet) {
  return {
    citations: changes.citations,
    withdrawals: changes.withdrawals,
    outcomes: changes.outcomes.map((o) => ({
      id: o.id,
      status: o.status,
      occurredAt: isoDate(o.occurredAt),
      note: o.note,
      correctsId: o.correctsId,
      evidence: o.evidence.map((e) => e.source),
    })),
    authorIds: [...changeSetAuthors(changes)],
  };
}

/**
 * The review queue: every pending submission, oldest first, with the submitted revision and
 * the revision the public sees now (none for a new claim), to show the diff between them,
 * and the rest of its change set in full (citations added, corrected or withdrawn, outcome
 * updates), so an editor can decide from the queue alone.
 */
export async function listPendingReviews(user: SessionUser | null) {
  if (resolveClaimScope(user, "internal") !== "internal") throw forbidden();
  const reviews = await db.review.findMany({
    where: { status: "PENDING" },
    orderBy: { submittedAt: "asc" },
    include: {
      submittedBy: { select: { id: true, name: true } },
      revision: { include: revisionInclude },
      claim: {
        select: {
          id: true,
          statement: true,
          editorialStatus: true,
          publishedRevision: { include: revisionInclude },
        },
      },
    },
  });
  const changeSets = await Promise.all(reviews.map((r) => loadChangeSet(db, r)));
  return reviews.map((r, i) => ({
    id: r.id,
    kind: r.kind,
    submittedAt: r.submittedAt.toISOString(),
    submittedBy: r.submittedBy,
    claim: {
      id: r.claim.id,
      statement: r.claim.statement,
      editorialStatus: r.claim.editorialStatus,
    },
    submitted: r.revision ? revisionText(r.revision) : null,
    published: r.claim.publishedRevision ? revisionText(r.claim.publishedRevision) : null,
    changes: changeSetView(changeSets[i] as ChangeSet),
  }));
}

export type PendingReview = Awaited<ReturnType<typeof listPendingReviews>>[number];

/** The latest review of a claim, to show a request for changes to its author. */
export async function getLatestReview(user: SessionUser | null, claimId: string) {
  if (resolveClaimScope(user, "internal") !== "internal") return null;
  return db.review.findFirst({
    where: { claimId },
    orderBy: { submittedAt: "desc" },
    select: {
      id: true,
      status: true,
      comment: true,
      submittedAt: true,
      decidedAt: true,
      submittedById: true,
      reviewer: { select: { name: true } },
    },
  });
}

/** What the claim page needs to offer the next workflow step. Internal readers only. */
export async function getWorkflowState(user: SessionUser | null, claimId: string) {
  if (resolveClaimScope(user, "internal") !== "internal") return null;
  const [latest, pending] = await Promise.all([
    getLatestReview(user, claimId),
    pendingChanges(db, claimId),
  ]);
  return { latest, waiting: latest?.status === "PENDING", hasUnpublishedChanges: pending.any };
}
