import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// What one submission contains, defined once: approval publishes exactly this, the
// two-person rule checks its authors, and the review queue shows it in full.
//
// A review covers, for its claim:
//   - the revisions after the published one, up to the submitted revision;
//   - citations added (or added as corrections of an approved citation) and not yet
//     approved, recorded before the submission;
//   - withdrawals of approved citations requested before the submission;
//   - outcome updates not yet approved, recorded before the submission.
// Whatever is recorded after the submission waits for the next one.

const citationSelect = {
  id: true,
  exact: true,
  prefix: true,
  suffix: true,
  foundInCapture: true,
  credibility: true,
  note: true,
  createdById: true,
  withdrawnById: true,
  withdrawalNote: true,
  source: { select: { id: true, title: true, url: true, reliability: true } },
  replaces: {
    select: {
      id: true,
      exact: true,
      credibility: true,
      note: true,
      source: { select: { id: true, title: true, url: true, reliability: true } },
    },
  },
} satisfies Prisma.CitationSelect;

const outcomeSelect = {
  id: true,
  status: true,
  occurredAt: true,
  note: true,
  createdById: true,
  correctsId: true,
  evidence: { select: { source: { select: { id: true, title: true, url: true } } } },
} satisfies Prisma.OutcomeUpdateSelect;

export interface ReviewRef {
  claimId: string;
  revisionId: string | null;
  submittedAt: Date;
}

/**
 * The change set of a review, read inside `tx` (or with the shared client for display).
 * Returns the revision authors, citations added or corrected, withdrawals and outcome
 * updates, each with what a reviewer needs to judge it.
 */
export async function loadChangeSet(tx: Tx, review: ReviewRef) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: review.claimId },
    select: { publishedRevision: { select: { number: true } } },
  });
  const submitted = review.revisionId
    ? await tx.claimRevision.findUnique({
        where: { id: review.revisionId },
        select: { number: true },
      })
    : null;
  const unapproved = {
    claimId: review.claimId,
    publishedAt: null,
    createdAt: { lte: review.submittedAt },
  };
  const [revisions, citations, withdrawals, outcomes] = await Promise.all([
    tx.claimRevision.findMany({
      where: {
        claimId: review.claimId,
        number: {
          gt: claim.publishedRevision?.number ?? 0,
          lte: submitted?.number ?? 0,
        },
      },
      select: { number: true, authorId: true },
      orderBy: { number: "asc" },
    }),
    tx.citation.findMany({
      where: { ...unapproved, retiredAt: null },
      select: citationSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    tx.citation.findMany({
      where: {
        claimId: review.claimId,
        publishedAt: { not: null },
        retiredAt: null,
        withdrawnAt: { not: null, lte: review.submittedAt },
      },
      select: citationSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    tx.outcomeUpdate.findMany({
      where: unapproved,
      select: outcomeSelect,
      orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  return { revisions, citations, withdrawals, outcomes };
}

export type ChangeSet = Awaited<ReturnType<typeof loadChangeSet>>;

/** Everyone who authored any part of the change set: none of them may approve it. */
export function changeSetAuthors(changes: ChangeSet): Set<string> {
  return new Set([
    ...changes.revisions.map((r) => r.authorId),
    ...changes.citations.map((c) => c.createdById),
    ...changes.withdrawals.flatMap((c) => (c.withdrawnById ? [c.withdrawnById] : [])),
    ...changes.outcomes.map((o) => o.createdById),
  ]);
}
