import { z } from "zod";
import { ClaimKind } from "@/lib/generated/prisma/enums";
import {
  checkbox,
  optionalCheckbox,
  optionalDate,
  optionalText,
  requiredDate,
} from "@/lib/forms/fields";
import { text } from "@/lib/forms/text";
import { fromDecimal } from "@/lib/forms/query";

export const STATEMENT_MAX = 2000;
export const CLAIMANT_ROLE_MAX = 300;
export const RESOLUTION_CRITERIA_MAX = 2000;

const claimFields = {
  statement: text("The statement", STATEMENT_MAX, "Enter the statement"),
  isVerbatim: checkbox,
  claimantId: z.uuid({ error: "Choose who made the claim" }),
  claimantRole: optionalText(CLAIMANT_ROLE_MAX, "The claimant's role"),
  madeAt: requiredDate("the date the claim was made", { notInFuture: true }),
  kind: z.enum(ClaimKind, { error: "Choose the kind of claim" }),
  topicIds: z
    .array(z.uuid({ error: "Unknown topic" }))
    .max(20, "Choose at most 20 topics")
    .default([]),
  resolutionCriteria: optionalText(RESOLUTION_CRITERIA_MAX, "The resolution criteria"),
  resolveBy: optionalDate("the resolve-by date"),
};

function resolveByNotBeforeMadeAt(
  v: { madeAt?: Date; resolveBy?: Date | null },
  ctx: z.RefinementCtx,
): void {
  if (v.madeAt && v.resolveBy && v.resolveBy < v.madeAt) {
    ctx.addIssue({
      code: "custom",
      path: ["resolveBy"],
      message: "The resolve-by date cannot be before the date the claim was made",
    });
  }
}

export const ZClaimInput = z.object(claimFields).superRefine(resolveByNotBeforeMadeAt);
export type TClaimInput = z.input<typeof ZClaimInput>;
export type TClaim = z.output<typeof ZClaimInput>;

/** A change to some fields of a claim, made against the version the client last read. */
export const ZClaimPatch = z
  .object({
    id: z.uuid({ error: "Unknown claim" }),
    version: z.preprocess(
      fromDecimal,
      z
        .number({ error: "Send the version you last read" })
        .int("Send the version you last read")
        .positive("Send the version you last read"),
    ),
    ...z.object(claimFields).partial().shape,
    // Absent means "unchanged" here, so these two must not fall back to a default.
    isVerbatim: optionalCheckbox,
    topicIds: z
      .array(z.uuid({ error: "Unknown topic" }))
      .max(20, "Choose at most 20 topics")
      .optional(),
  })
  .superRefine(resolveByNotBeforeMadeAt);
export type TClaimPatch = z.output<typeof ZClaimPatch>;
