import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { KeysetPage } from "@/lib/claims/keyset";
import { readKeysetPage, seekWhere } from "@/lib/paging/keyset-page";
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

export const REVIEW_PAGE_SIZE = 25;

/**
 * The review queue: pending submissions, oldest first, one keyset page (`cursor`: the
 * previous page's nextCursor; walks the (status, submittedAt, id) index), each with the
 * submitted revision and the revision the public sees now (none for a new claim), to show
 * the diff between them, and the rest of its change set in full (citations added, corrected
 * or withdrawn, outcome updates), so an editor can decide from the queue alone.
 * Errors: UNAUTHORIZED / FORBIDDEN for non-members, INVALID (field `cursor`).
 */
export async function listPendingReviews(
  user: SessionUser | null,
  options: { cursor?: string | null; pageSize?: number } = {},
): Promise<KeysetPage<PendingReview>> {
  if (resolveClaimScope(user, "internal") !== "internal") throw forbidden();
  const pending = { status: "PENDING" } as const;
  const page = await readKeysetPage({
    cursor: options.cursor,
    pageSize: options.pageSize ?? REVIEW_PAGE_SIZE,
    rows: (after, take) =>
      readReviews({ ...pending, ...seekWhere("submittedAt", "asc", after) }, take),
    count: (cap) => db.review.count({ where: pending, take: cap }),
    key: (r) => ({ at: r.submittedAt, id: r.id }),
  });
  const changeSets = await Promise.all(page.items.map((r) => loadChangeSet(db, r)));
  return {
    ...page,
    items: page.items.map((r, i) => toPendingReview(r, changeSets[i] as ChangeSet)),
  };
}

function readReviews(where: Prisma.ReviewWhereInput, take: number) {
  return db.review.findMany({
    where,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take,
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
}

function toPendingReview(r: Awaited<ReturnType<typeof readReviews>>[number], changes: ChangeSet) {
  return {
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
    changes: changeSetView(changes),
  };
}

export type PendingReview = ReturnType<typeof toPendingReview>;

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
