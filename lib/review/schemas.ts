import { z } from "zod";

export const ZClaimRef = z.object({ claimId: z.uuid({ error: "Unknown claim" }) });

export const ZReviewDecision = z.object({
  reviewId: z.uuid({ error: "Unknown review" }),
  comment: z
    .string()
    .trim()
    .max(5000, "The comment must be at most 5,000 characters")
    .nullish()
    .transform((v) => (v ? v : null)),
});

/** Requesting changes must say what to change. */
export const ZChangeRequest = ZReviewDecision.extend({
  comment: z
    .string({ error: "Say what needs to change" })
    .trim()
    .min(1, "Say what needs to change")
    .max(5000, "The comment must be at most 5,000 characters"),
});

export const ZRetraction = z.object({
  claimId: z.uuid({ error: "Unknown claim" }),
  correctionNote: z
    .string({ error: "Write the public correction note" })
    .trim()
    .min(10, "Write the public correction note (at least 10 characters)")
    .max(5000, "The correction note must be at most 5,000 characters"),
});
