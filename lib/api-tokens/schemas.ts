import { z } from "zod";

export const TOKEN_NAME_MAX = 100;

export const ZApiTokenInput = z.object({
  name: z
    .string({ error: "Name the token, e.g. after the script that uses it" })
    .trim()
    .min(1, "Name the token, e.g. after the script that uses it")
    .max(TOKEN_NAME_MAX, `The name must be at most ${TOKEN_NAME_MAX} characters`),
});
export type TApiTokenInput = z.input<typeof ZApiTokenInput>;

export const ZApiTokenRef = z.object({ id: z.uuid({ error: "Unknown token" }) });
