import "server-only";
import type { Tx } from "@/lib/db";
import { AppError, invalid, notFound } from "@/lib/errors";
import type { OutcomeStatus } from "@/lib/generated/prisma/enums";
import { defineMutation } from "@/lib/mutation";
import { isoDate } from "@/lib/forms/fields";
import { ZOutcomeInput } from "@/lib/outcomes/schemas";

/**
 * Appends an entry to a claim's outcome timeline and moves the claim's working outcome to
 * match. The timeline is never edited: a mistake is corrected by a new entry naming it.
 * The entry waits for review (`publishedAt` null), so the public outcome does not move.
 */
export const recordOutcome = defineMutation({
  action: "outcome.record",
  input: ZOutcomeInput,
  async run({ tx, user, audit }, input) {
    // Row lock: two entries recorded at once must not both derive the outcome from a
    // timeline that lacks the other.
    const locked = await tx.$queryRaw<{ editorialStatus: string; outcomeStatus: OutcomeStatus }[]>`
      SELECT "editorialStatus", "outcomeStatus" FROM "Claim" WHERE id = ${input.claimId}::uuid FOR UPDATE`;
    const claim = locked[0];
    if (!claim) throw notFound("Claim");
    if (claim.editorialStatus === "RETRACTED") {
      throw new AppError("CONFLICT", "A retracted claim can no longer be changed.");
    }
    if (input.correctsId) {
      const corrected = await tx.outcomeUpdate.findFirst({
        where: { id: input.correctsId, claimId: input.claimId },
        select: { id: true },
      });
      if (!corrected) throw invalid({ correctsId: "Choose an entry of this claim's timeline" });
    }
    const sourceIds = [...new Set(input.sourceIds)];
    const found = await tx.source.count({ where: { id: { in: sourceIds } } });
    if (found !== sourceIds.length)
      throw invalid({ sourceIds: "Choose evidence from the sources" });

    const entry = await tx.outcomeUpdate.create({
      data: {
        claimId: input.claimId,
        status: input.status,
        occurredAt: input.occurredAt,
        note: input.note,
        correctsId: input.correctsId,
        createdById: user.id,
        publishedAt: null,
        evidence: { create: sourceIds.map((sourceId) => ({ sourceId })) },
      },
    });
    const outcomeStatus = await currentOutcome(tx, input.claimId);
    await tx.claim.update({ where: { id: input.claimId }, data: { outcomeStatus } });
    await audit({
      action: "outcome.record",
      entityType: "OutcomeUpdate",
      entityId: entry.id,
      before: { claimOutcomeStatus: claim.outcomeStatus },
      after: {
        ...input,
        sourceIds,
        occurredAt: isoDate(input.occurredAt),
        claimOutcomeStatus: outcomeStatus,
      },
    });
    return { id: entry.id, claimId: input.claimId, outcomeStatus };
  },
});

/**
 * The claim's current outcome: its latest entry by the date things happened, leaving out
 * entries a later entry corrects (a correction may also fix the date of the mistake).
 */
async function currentOutcome(tx: Tx, claimId: string): Promise<OutcomeStatus> {
  const latest = await tx.outcomeUpdate.findFirst({
    where: { claimId, correctedBy: { none: {} } },
    orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
    select: { status: true },
  });
  return latest?.status ?? "PENDING";
}
