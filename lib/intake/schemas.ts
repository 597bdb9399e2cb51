import { z } from "zod";
import { ActorKind, ClaimKind } from "@/lib/generated/prisma/enums";
import { optionalDate, optionalText } from "@/lib/forms/fields";
import { capturedText, sourceUrl, TITLE_MAX, SHORT_TEXT_MAX } from "@/lib/sources/schemas";
import { QUOTE_MAX } from "@/lib/citations/schemas";
import { STATEMENT_MAX } from "@/lib/claims/schemas";
import { NAME_MAX } from "@/lib/actors/schemas";

// One schema per input, shared by the /intake page and the API.

/** An address when given; its errors are the source form's ("Enter a full web address…"). */
const optionalUrl = z
  .string({ error: "The address must be text" })
  .nullish()
  .transform((v, ctx) => {
    const given = v?.trim();
    if (!given) return null;
    const parsed = sourceUrl.safeParse(given);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });

/**
 * The most text one intake takes: 2 MB (2,097,152 characters), the paste intake is built and
 * benchmarked for (scripts/bench/intake.ts), below the 16 MB a source capture may hold.
 */
export const INTAKE_TEXT_MAX = 2 * 1024 * 1024;

/** An article's text: a captured text (lib/sources/schemas.ts) within INTAKE_TEXT_MAX. */
export const articleText = capturedText.refine(
  (v) => v.length <= INTAKE_TEXT_MAX,
  `The article text must be at most 2 MB (${INTAKE_TEXT_MAX.toLocaleString("en-US")} characters)`,
);

/** `POST /api/v1/intake/candidates`: an article to scan; nothing is stored. */
export const ZCandidatesRequest = z.object({
  text: articleText,
  url: optionalUrl,
  title: optionalText(TITLE_MAX, "The title"),
  outlet: optionalText(SHORT_TEXT_MAX, "The outlet"),
  publishedAt: optionalDate("the publication date", { notInFuture: true }),
});
export type TCandidatesRequest = z.input<typeof ZCandidatesRequest>;

/** An intake's idempotency key (lib/intake/idempotency.ts): 1–255 visible ASCII characters (a UUID is recommended). */
export const ZIdempotencyKey = z
  .string({ error: "The idempotency key must be text" })
  .trim()
  .min(1, "The idempotency key is empty")
  .max(255, "The idempotency key must be at most 255 characters")
  .regex(/^[\x21-\x7E]+$/, "The idempotency key must be visible ASCII characters (a UUID, say)");

/** A new source given with the intake (when no existing source is picked). */
const ZNewSource = z.object({
  url: sourceUrl,
  title: z
    .string({ error: "Enter the title" })
    .trim()
    .min(1, "Enter the title")
    .max(TITLE_MAX, `The title must be at most ${TITLE_MAX} characters`),
  outlet: optionalText(SHORT_TEXT_MAX, "The outlet"),
  publishedAt: optionalDate("the publication date", { notInFuture: true }),
  text: articleText,
  /**
   * When the address is already in the library: record `text` as a new capture of the stored
   * source if it differs from the latest one (else only the check time), and anchor the
   * quotes in it. Without it the stored capture is kept and the quotes are anchored there.
   */
  recapture: z.boolean({ error: "recapture must be true or false" }).default(false),
});

const ZNewClaimant = z.object({
  name: z
    .string({ error: "Enter the speaker's name" })
    .trim()
    .min(1, "Enter the speaker's name")
    .max(NAME_MAX, `The name must be at most ${NAME_MAX} characters`),
  kind: z.enum(ActorKind, { error: "Choose person, organization or anonymous descriptor" }),
  affiliation: optionalText(200, "The affiliation"),
});

/** One ticked candidate: a new DRAFT claim, or a citation on an existing claim. */
export const ZIntakeItem = z
  .object({
    form: z.enum(["DIRECT", "REPORTED"], { error: "Choose DIRECT or REPORTED" }),
    quote: z
      .string({ error: "Enter the passage" })
      .trim()
      .min(1, "Enter the passage")
      .max(
        QUOTE_MAX,
        `The passage must be at most ${QUOTE_MAX.toLocaleString("en-US")} characters`,
      ),
    statement: optionalText(STATEMENT_MAX, "The statement"),
    existingClaimId: z.uuid({ error: "Unknown claim" }).nullish(),
    claimantId: z.uuid({ error: "Choose an existing actor" }).nullish(),
    newClaimant: ZNewClaimant.nullish(),
    claimantRole: optionalText(300, "The claimant's role"),
    kind: z.enum(ClaimKind, { error: "Choose the kind of claim" }).default("STATEMENT"),
    madeAt: optionalDate("the date the claim was made", { notInFuture: true }),
    resolveBy: optionalDate("the resolve-by date"),
  })
  .superRefine((item, ctx) => {
    if (!item.existingClaimId && !item.claimantId && !item.newClaimant) {
      ctx.addIssue({ code: "custom", path: ["claimantId"], message: "Choose who made the claim" });
    }
  });
export type TIntakeItem = z.output<typeof ZIntakeItem>;

/** The most candidates one intake creates: a long paste is taken in several intakes. */
export const INTAKE_ITEMS_MAX = 200;

/** `POST /api/v1/intake`: the source (new or picked) and the ticked candidates. */
export const ZIntakeInput = z
  .object({
    sourceId: z.uuid({ error: "Choose a source from the library" }).nullish(),
    source: ZNewSource.nullish(),
    items: z
      .array(ZIntakeItem, { error: "Send the ticked candidates as a list" })
      .min(1, "Tick at least one candidate")
      .max(INTAKE_ITEMS_MAX, `Create at most ${INTAKE_ITEMS_MAX} candidates at once`),
    /** Names one submission: a repeat gets the first answer (lib/intake/idempotency.ts). */
    idempotencyKey: ZIdempotencyKey.nullish(),
  })
  .superRefine((input, ctx) => {
    if (!input.sourceId && !input.source) {
      ctx.addIssue({
        code: "custom",
        path: ["source"],
        message: "Give the article's source, or pick one from the library",
      });
    }
  });
export type TIntakeInput = z.input<typeof ZIntakeInput>;
