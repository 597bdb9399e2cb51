import { z } from "zod";
import { ActorKind } from "@/lib/generated/prisma/enums";
import { optionalText } from "@/lib/forms/fields";
import { text } from "@/lib/forms/text";
import { pageNumber, pageSize, searchQuery } from "@/lib/forms/query";

export const NAME_MAX = 200;
export const AFFILIATION_MAX = 200;
export const DESCRIPTION_MAX = 2000;
const ALIASES_MAX = 50;

const name = text("The name", NAME_MAX, "Enter the actor's name");

const kind = z.enum(ActorKind, { error: "Choose person, organization or anonymous descriptor" });

/**
 * Other spellings: the API sends a list, a form's text box one spelling per line. Blank
 * entries are dropped.
 */
const aliasList = z
  .union([z.string(), z.array(z.string({ error: "Each alias must be text" }))], {
    error: "Send aliases as a list of names",
  })
  .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)))
  .pipe(
    z
      .array(text("Each alias", NAME_MAX))
      .transform((list) => list.filter((a) => a.length > 0))
      .pipe(z.array(z.string()).max(ALIASES_MAX, `Give at most ${ALIASES_MAX} aliases`)),
  );

/** Optional text in a patch: absent keeps the value, empty or null clears it. */
const patchText = (max: number, label: string) =>
  text(label, max)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null));

export const ZActorInput = z.object({
  name,
  kind,
  affiliation: optionalText(AFFILIATION_MAX, "The affiliation"),
  description: optionalText(DESCRIPTION_MAX, "The description"),
  aliases: aliasList.default([]),
});
export type TActorInput = z.input<typeof ZActorInput>;

/** A change to an actor: every field optional; aliases are added and removed by id. */
export const ZActorPatch = z.object({
  id: z.uuid({ error: "Unknown actor" }),
  name: name.optional(),
  kind: kind.optional(),
  affiliation: patchText(AFFILIATION_MAX, "The affiliation"),
  description: patchText(DESCRIPTION_MAX, "The description"),
  addAliases: aliasList.default([]),
  removeAliasIds: z
    .array(z.uuid({ error: "Unknown alias" }), { error: "Send alias ids as a list" })
    .default([]),
});
export type TActorPatch = z.input<typeof ZActorPatch>;

/** Merge actor `id` into actor `intoId`, which survives. */
export const ZActorMerge = z.object({
  id: z.uuid({ error: "Choose the actor to merge" }),
  intoId: z.uuid({ error: "Choose the actor to merge into" }),
});

export const ZActorSearch = z.object({
  q: searchQuery("q").transform((v) => v ?? ""),
  // An empty value is the directory's "all kinds".
  kind: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(ActorKind, { error: "kind must be PERSON, ORGANIZATION or ANONYMOUS" }).optional(),
  ),
  page: pageNumber(),
  pageSize: pageSize(20),
});
export type TActorSearch = z.output<typeof ZActorSearch>;
