import { z } from "zod";
import { text } from "@/lib/forms/text";

export const TOKEN_NAME_MAX = 100;

export const ZApiTokenInput = z.object({
  name: text("The name", TOKEN_NAME_MAX, "Name the token, e.g. after the script that uses it"),
});
export type TApiTokenInput = z.input<typeof ZApiTokenInput>;

export const ZApiTokenRef = z.object({ id: z.uuid({ error: "Unknown token" }) });
