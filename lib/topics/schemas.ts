import { z } from "zod";
import { text } from "@/lib/forms/text";

export const TOPIC_NAME_MAX = 100;

const name = text("The name", TOPIC_NAME_MAX, "Enter the topic's name");

export const ZTopicInput = z.object({ name });
export type TTopicInput = z.input<typeof ZTopicInput>;

/** Rename and/or archive; a form sends "true"/"false", the API a boolean. */
export const ZTopicPatch = z.object({
  id: z.uuid({ error: "Unknown topic" }),
  name: name.optional(),
  archived: z
    .union([z.boolean(), z.enum(["true", "false"])], { error: "archived must be true or false" })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === true || v === "true")),
});
export type TTopicPatch = z.input<typeof ZTopicPatch>;
