import { z } from "zod";

export const COMMENT_MAX = 5000;

export const ZCommentInput = z.object({
  claimId: z.uuid({ error: "Unknown claim" }),
  body: z
    .string({ error: "Write a comment" })
    .trim()
    .min(1, "Write a comment")
    .max(
      COMMENT_MAX,
      `A comment must be at most ${COMMENT_MAX.toLocaleString("en-US")} characters`,
    ),
});
export type TCommentInput = z.input<typeof ZCommentInput>;
