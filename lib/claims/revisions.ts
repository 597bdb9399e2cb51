import "server-only";
import type { Tx } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { TClaim } from "@/lib/claims/schemas";

/** Refuses a claimant or topic that does not exist, naming the field, before any write. */
export async function checkReferences(
  tx: Tx,
  refs: { claimantId?: string; topicIds?: string[] },
): Promise<void> {
  if (refs.claimantId) {
    // FOR SHARE: a merge of this actor (which locks it for update) cannot slip in between
    // this check and the claim's save.
    const [actor] = await tx.$queryRaw<{ mergedIntoId: string | null }[]>`
      SELECT "mergedIntoId" FROM "Actor" WHERE id = ${refs.claimantId}::uuid FOR SHARE`;
    if (!actor) throw invalid({ claimantId: "Choose an existing actor" });
    if (actor.mergedIntoId) throw invalid({ claimantId: "This actor was merged into another" });
  }
  if (refs.topicIds && refs.topicIds.length > 0) {
    const found = await tx.topic.count({ where: { id: { in: refs.topicIds } } });
    if (found !== new Set(refs.topicIds).size)
      throw invalid({ topicIds: "Choose existing topics" });
  }
}

/** Writes the immutable snapshot of a claim's content as revision `number`. */
export async function writeRevision(
  tx: Tx,
  claimId: string,
  number: number,
  content: TClaim,
  authorId: string,
) {
  return tx.claimRevision.create({
    data: {
      claimId,
      number,
      authorId,
      statement: content.statement,
      isVerbatim: content.isVerbatim,
      claimantId: content.claimantId,
      claimantRole: content.claimantRole,
      madeAt: content.madeAt,
      kind: content.kind,
      resolutionCriteria: content.resolutionCriteria,
      resolveBy: content.resolveBy,
      topics: { create: [...new Set(content.topicIds)].map((topicId) => ({ topicId })) },
    },
  });
}
