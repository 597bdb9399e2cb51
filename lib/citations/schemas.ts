import { z } from "zod";
import { optionalStorableText, text } from "@/lib/forms/text";
import type { InformationCredibility } from "@/lib/generated/prisma/enums";

export const QUOTE_MAX = 5000;
export const NOTE_MAX = 2000;

/** Grades in scale order, so the digit 1–6 of the Admiralty scale maps to its value. */
export const CREDIBILITY_ORDER = [
  "CONFIRMED",
  "PROBABLY_TRUE",
  "POSSIBLY_TRUE",
  "DOUBTFUL",
  "IMPROBABLE",
  "CANNOT_BE_JUDGED",
] as const satisfies readonly InformationCredibility[];

const CREDIBILITY_MESSAGE = "Choose an information credibility grade from 1 to 6";

/** The form sends the digit; the API may send the digit (string or number) or the name. */
const credibility = z
  .union([z.string(), z.number()], { error: CREDIBILITY_MESSAGE })
  .transform((v, ctx) => {
    const text = String(v).trim();
    const byDigit = /^[1-6]$/.test(text) ? CREDIBILITY_ORDER[Number(text) - 1] : undefined;
    const byName = CREDIBILITY_ORDER.find((c) => c === text);
    const grade = byDigit ?? byName;
    if (!grade) {
      ctx.addIssue({ code: "custom", message: CREDIBILITY_MESSAGE });
      return z.NEVER;
    }
    return grade;
  });

export const ZCitationInput = z.object({
  claimId: z.uuid({ error: "Unknown claim" }),
  sourceId: z.uuid({ error: "Choose a source from the library" }),
  quote: z
    .string({ error: "Enter the quoted passage" })
    .transform((v) => v.replace(/\r\n?/g, "\n").trim())
    .pipe(text("The quote", QUOTE_MAX, "Enter the quoted passage")),
  credibility,
  note: optionalStorableText("The note", NOTE_MAX),
});
export type TCitationInput = z.input<typeof ZCitationInput>;

/** A correction of a citation's quote, grade or note; the source stays the same. */
export const ZCitationCorrection = ZCitationInput.omit({ sourceId: true }).extend({
  citationId: z.uuid({ error: "Unknown citation" }),
});
export type TCitationCorrection = z.input<typeof ZCitationCorrection>;

/** Withdrawing a citation must say why: the reason stays in the history and the audit. */
export const ZCitationWithdrawal = z.object({
  claimId: z.uuid({ error: "Unknown claim" }),
  citationId: z.uuid({ error: "Unknown citation" }),
  reason: text("The reason", NOTE_MAX, "Say why the citation is withdrawn").pipe(
    z.string().min(3, "Say why the citation is withdrawn"),
  ),
});
