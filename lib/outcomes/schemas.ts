import { z } from "zod";
import { text } from "@/lib/forms/text";
import { OutcomeStatus } from "@/lib/generated/prisma/enums";
import { requiredDate } from "@/lib/forms/fields";

export const NOTE_MAX = 5000;
export const EVIDENCE_MAX = 20;

/** An entry for a claim's outcome timeline; `correctsId` names the entry it corrects. */
export const ZOutcomeInput = z.object({
  claimId: z.uuid({ error: "Unknown claim" }),
  occurredAt: requiredDate("the date it happened", { notInFuture: true }),
  status: z.enum(OutcomeStatus, { error: "Choose the outcome" }),
  note: text("The note", NOTE_MAX, "Say what happened"),
  sourceIds: z
    .array(z.uuid({ error: "Unknown source" }), { error: "Choose evidence from the sources" })
    .max(EVIDENCE_MAX, `Choose at most ${EVIDENCE_MAX} sources`)
    .default([]),
  // A form's "not a correction" option sends an empty string.
  correctsId: z
    .union([z.uuid({ error: "Choose the entry this corrects" }), z.literal("")])
    .nullish()
    .transform((v) => v || null),
});
export type TOutcomeInput = z.input<typeof ZOutcomeInput>;
