import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { isResolved } from "@/lib/outcomes/resolved";
import { estimativeWord } from "@/lib/scales";
import { ZForecastInput } from "@/lib/forecasts/schemas";
import { isMadeAfterTheFact } from "@/lib/forecasts/after-the-fact";
import { findResolvedOn } from "@/lib/outcomes/current-outcome";

/**
 * An analyst records (or updates) their probability that a claim holds. Every call adds a
 * row, so the history of how the forecast moved is kept; the latest row is the current one.
 * A forecast made past the claim's resolve-by date is accepted, kept and shown, but it is
 * made after the fact and never scored (lib/forecasts/after-the-fact.ts).
 */
export const recordForecast = defineMutation({
  action: "forecast.record",
  input: ZForecastInput,
  async run({ tx, user, audit }, input) {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { outcomeStatus: true, editorialStatus: true, resolveBy: true },
    });
    if (!claim) throw notFound("Claim");
    if (claim.editorialStatus === "RETRACTED") {
      throw new AppError("CONFLICT", "A retracted claim takes no more forecasts.");
    }
    // A forecast made once the answer is known would only flatter the Brier score.
    if (isResolved(claim.outcomeStatus)) {
      throw new AppError("CONFLICT", "This claim is resolved; forecasts on it are closed.");
    }
    const forecast = await tx.forecast.create({
      data: { ...input, authorId: user.id },
    });
    // Kept, but never scored: the caller is told, and the page marks it.
    const madeAfterTheFact = isMadeAfterTheFact(forecast.createdAt, {
      resolveBy: claim.resolveBy,
      resolvedOn: await findResolvedOn(tx, input.claimId, "internal"),
    });
    await audit({
      action: "forecast.record",
      entityType: "Forecast",
      entityId: forecast.id,
      after: { ...input, word: estimativeWord(input.probability), madeAfterTheFact },
    });
    return {
      id: forecast.id,
      claimId: forecast.claimId,
      probability: forecast.probability,
      word: estimativeWord(forecast.probability),
      rationale: forecast.rationale,
      confidence: forecast.confidence,
      createdAt: forecast.createdAt.toISOString(),
      madeAfterTheFact,
    };
  },
});
