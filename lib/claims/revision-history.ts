import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { forbidden, notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { claimFieldsText } from "@/lib/claims/claim-text";

/** One revision's content as text, field by field, ready to compare. */
export interface RevisionText {
  number: number;
  author: string;
  createdAt: string;
  fields: Record<string, string>;
}

export const revisionInclude = {
  author: { select: { name: true } },
  claimant: { select: { name: true } },
  topics: { select: { topic: { select: { name: true } } } },
} satisfies Prisma.ClaimRevisionInclude;

type RevisionRow = Prisma.ClaimRevisionGetPayload<{ include: typeof revisionInclude }>;

export function revisionText(r: RevisionRow): RevisionText {
  return {
    number: r.number,
    author: r.author.name,
    createdAt: r.createdAt.toISOString(),
    fields: claimFieldsText({
      ...r,
      claimantName: r.claimant.name,
      topicNames: r.topics.map((t) => t.topic.name),
    }),
  };
}

/** Every revision of a claim, oldest first; internal readers only. */
export async function listRevisions(user: SessionUser | null, claimId: string) {
  if (resolveClaimScope(user, "internal") !== "internal") throw forbidden();
  if (!isRecordId(claimId)) throw notFound("Claim");
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { id: true, statement: true, publishedRevision: { select: { number: true } } },
  });
  if (!claim) throw notFound("Claim");
  const rows = await db.claimRevision.findMany({
    where: { claimId },
    orderBy: { number: "asc" },
    include: revisionInclude,
  });
  return {
    claim: { id: claim.id, statement: claim.statement },
    publishedRevision: claim.publishedRevision?.number ?? null,
    revisions: rows.map(revisionText),
  };
}

/**
 * The latest `take` revisions of a claim, newest first, for the history section of a
 * member's claim page: `{ total, publishedRevision, revisions: [{ number, author, createdAt }] }`.
 * Members only (FORBIDDEN otherwise); NOT_FOUND for an unknown claim.
 */
export async function listLatestRevisions(user: SessionUser | null, claimId: string, take = 5) {
  if (resolveClaimScope(user, "internal") !== "internal") throw forbidden();
  if (!isRecordId(claimId)) throw notFound("Claim");
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      publishedRevision: { select: { number: true } },
      _count: { select: { revisions: true } },
      revisions: {
        orderBy: { number: "desc" },
        take,
        select: { number: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!claim) throw notFound("Claim");
  return {
    total: claim._count.revisions,
    publishedRevision: claim.publishedRevision?.number ?? null,
    revisions: claim.revisions.map((r) => ({
      number: r.number,
      author: r.author.name,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
