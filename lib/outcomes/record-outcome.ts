import "server-only";
import { AppError, invalid, notFound } from "@/lib/errors";
import type { OutcomeStatus } from "@/lib/generated/prisma/enums";
import { defineMutation } from "@/lib/mutation";
import { isoDate } from "@/lib/forms/fields";
import { ZOutcomeInput } from "@/lib/outcomes/schemas";
import { currentOutcomeStatus } from "@/lib/outcomes/current-outcome";

/**
 * Appends an entry to a claim's outcome timeline and moves the claim's working outcome to
 * match. The timeline is never edited: a mistake is corrected by a new entry naming it.
 * The entry waits for review (`publishedAt` null), so the public outcome does not move.
 * Which entry is current: lib/outcomes/current-outcome.ts. The date it happened is checked
 * by its schema (not in the future) and here (not before the claim was made).
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
    // Nothing can come of a claim before it was made.
    const { madeAt } = await tx.claim.findUniqueOrThrow({
      where: { id: input.claimId },
      select: { madeAt: true },
    });
    if (input.occurredAt < madeAt) {
      throw invalid({
        occurredAt: `The date it happened cannot be before the claim was made (${isoDate(madeAt)})`,
      });
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
    const outcomeStatus = await currentOutcomeStatus(tx, input.claimId, "internal");
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
