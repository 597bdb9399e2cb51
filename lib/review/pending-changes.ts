import "server-only";
import type { Tx } from "@/lib/db";

/**
 * What a claim has that the public does not see yet: a newer revision, citations added or
 * corrected and not yet approved, withdrawals of approved citations not yet approved, or
 * outcome updates not yet approved. Counts, for the workflow controls.
 */
export async function pendingChanges(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { version: true, publishedRevision: { select: { number: true } } },
  });
  const [added, withdrawn, outcomes] = await Promise.all([
    tx.citation.count({ where: { claimId, publishedAt: null, retiredAt: null } }),
    tx.citation.count({
      where: { claimId, publishedAt: { not: null }, retiredAt: null, withdrawnAt: { not: null } },
    }),
    tx.outcomeUpdate.count({ where: { claimId, publishedAt: null } }),
  ]);
  const citations = added + withdrawn;
  const newRevision = claim.version !== (claim.publishedRevision?.number ?? 0);
  return { newRevision, citations, outcomes, any: newRevision || citations > 0 || outcomes > 0 };
}
