import { z } from "zod";
import { optionalStorableText, text } from "@/lib/forms/text";

export const REVIEW_TEXT_MAX = 5000;

export const ZClaimRef = z.object({ claimId: z.uuid({ error: "Unknown claim" }) });

export const ZReviewDecision = z.object({
  reviewId: z.uuid({ error: "Unknown review" }),
  comment: optionalStorableText("The comment", REVIEW_TEXT_MAX),
});

/** Requesting changes must say what to change. */
export const ZChangeRequest = ZReviewDecision.extend({
  comment: text("The comment", REVIEW_TEXT_MAX, "Say what needs to change"),
});

export const ZRetraction = z.object({
  claimId: z.uuid({ error: "Unknown claim" }),
  correctionNote: text(
    "The correction note",
    REVIEW_TEXT_MAX,
    "Write the public correction note",
  ).pipe(z.string().min(10, "Write the public correction note (at least 10 characters)")),
});
