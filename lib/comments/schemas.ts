import { z } from "zod";
import { text } from "@/lib/forms/text";

export const COMMENT_MAX = 5000;

export const ZCommentInput = z.object({
  claimId: z.uuid({ error: "Unknown claim" }),
  body: text("A comment", COMMENT_MAX, "Write a comment"),
});
export type TCommentInput = z.input<typeof ZCommentInput>;
