import "server-only";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * Locks a claim's row for the rest of the transaction (SELECT … FOR UPDATE) and returns it
 * as committed now. Every change of a claim's state or content takes this lock first, on
 * the same row, so changes to one claim run one after another, never deadlock, and each
 * sees what the one before it committed.
 * @throws NOT_FOUND when there is no such claim.
 */
export async function lockClaim(tx: Tx, claimId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound("Claim");
  return tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    include: { topics: { select: { topicId: true } } },
  });
}
