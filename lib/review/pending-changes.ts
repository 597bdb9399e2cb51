import "server-only";
import type { Tx } from "@/lib/db";

/**
 * What a published claim has that the public does not see yet: a newer revision, citations
 * or outcome updates not yet approved.
 */
export async function pendingChanges(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { version: true, publishedRevision: { select: { number: true } } },
  });
  const [citations, outcomes] = await Promise.all([
    tx.citation.count({ where: { claimId, publishedAt: null } }),
    tx.outcomeUpdate.count({ where: { claimId, publishedAt: null } }),
  ]);
  const newRevision = claim.version !== (claim.publishedRevision?.number ?? 0);
  return { newRevision, citations, outcomes, any: newRevision || citations > 0 || outcomes > 0 };
}
