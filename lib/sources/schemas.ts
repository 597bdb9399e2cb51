import { z } from "zod";
import { CaptureMethod, SourceKind, SourceReliability } from "@/lib/generated/prisma/enums";
import { optionalDate } from "@/lib/forms/fields";
import { optionalStorableText, text, unstorableReason } from "@/lib/forms/text";
import { normalizeSourceUrl, SOURCE_URL_MAX } from "@/lib/sources/normalize-url";

// One schema per input, shared by the forms and the API. The limits keep a hostile or
// mistaken request from storing unbounded text; PostgreSQL cannot store NUL characters, so
// they are refused here (with the field named) rather than failing in the database.

export { SOURCE_URL_MAX };
export const TITLE_MAX = 500;
export const SHORT_TEXT_MAX = 300;
/** A capture may hold up to 16 MB of text, counted in UTF-8 bytes as stored. */
export const CAPTURED_TEXT_MAX_BYTES = 16 * 1024 * 1024;
/** The same limit in characters, for a form's maxLength (a character is at least a byte). */
export const CAPTURED_TEXT_MAX = CAPTURED_TEXT_MAX_BYTES;

const utf8Length = (v: string) => new TextEncoder().encode(v).length;

const URL_MESSAGES = {
  invalid: "Enter a full web address, starting with http:// or https://",
  scheme: "Only http:// and https:// addresses can be sources",
  credentials: "Remove the user name and password from the address",
} as const;

export const sourceUrl = z
  .string({ error: "Enter the source's web address" })
  .trim()
  .min(1, "Enter the source's web address")
  .max(
    SOURCE_URL_MAX,
    `The address must be at most ${SOURCE_URL_MAX.toLocaleString("en-US")} characters`,
  )
  .transform((v, ctx) => {
    const normalized = normalizeSourceUrl(v);
    if (!normalized.ok) {
      ctx.addIssue({ code: "custom", message: URL_MESSAGES[normalized.reason] });
      return z.NEVER;
    }
    // An international host name grows when spelled in ASCII; the stored form must fit too.
    if (normalized.url.length > SOURCE_URL_MAX) {
      ctx.addIssue({ code: "custom", message: "The address is too long once normalised" });
      return z.NEVER;
    }
    return normalized.url;
  });

const optional = (label: string, max: number) => optionalStorableText(label, max);

const title = z
  .string({ error: "Enter the title" })
  .pipe(text("The title", TITLE_MAX))
  .pipe(z.string().min(1, "Enter the title"));

const language = z
  .string({ error: "The language must be text" })
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/.test(v), {
    error: "Enter a language code such as en, uk or pt-BR",
  });

/** The captured copy as stored: line endings unified, so a form and the API hash alike. */
export const capturedText = z
  .string({ error: "Paste the text of the source" })
  .transform((v) => v.replace(/\r\n?/g, "\n"))
  .pipe(
    z
      .string()
      .refine(
        (v) => v.length <= CAPTURED_TEXT_MAX_BYTES && utf8Length(v) <= CAPTURED_TEXT_MAX_BYTES,
        "The captured text must be at most 16 MB",
      )
      .refine((v) => v.trim().length > 0, "Paste the text of the source")
      .superRefine((v, ctx) => {
        const reason = unstorableReason(v);
        if (reason) ctx.addIssue({ code: "custom", message: `The captured text ${reason}` });
      }),
  );

const sourceFields = {
  title,
  outlet: optional("The outlet", SHORT_TEXT_MAX),
  author: optional("The author", SHORT_TEXT_MAX),
  publishedAt: optionalDate("the publication date", { notInFuture: true }),
  kind: z.enum(SourceKind, { error: "Choose the kind of source" }),
  language,
  reliability: z.enum(SourceReliability, { error: "Choose a reliability grade from A to F" }),
};

/** How the text was taken: pasted by hand, or fetched by the server (the form says which). */
export const captureMethod = z
  .enum(CaptureMethod, { error: "Choose how the text was captured" })
  .default("PASTED");

export const ZSourceInput = z.object({
  url: sourceUrl,
  ...sourceFields,
  reliability: sourceFields.reliability.default("F"),
  capturedText,
  captureMethod,
});
export type TSourceInput = z.input<typeof ZSourceInput>;
export type TSource = z.output<typeof ZSourceInput>;

/**
 * A change to a source's description or grade. The URL and the captured copy are not
 * editable: the copy is the record of what the page said when it was captured, and the
 * citations' "found in the captured copy" checks rest on it.
 */
export const ZSourcePatch = z.object({
  id: z.uuid({ error: "Unknown source" }),
  ...z.object(sourceFields).partial().shape,
  url: z
    .never({ error: "A source's address cannot be changed; add the new address as a source" })
    .optional(),
  capturedText: z
    .never({ error: "A capture cannot be replaced; add a new capture of the source instead" })
    .optional(),
});
export type TSourcePatch = z.output<typeof ZSourcePatch>;

export const ZFetchRequest = z.object({ url: sourceUrl });

/** A new capture of a stored source: kept as a new version when its text differs. */
export const ZRecaptureInput = z.object({
  id: z.uuid({ error: "Unknown source" }),
  capturedText,
  captureMethod,
});
export type TRecaptureInput = z.input<typeof ZRecaptureInput>;

/** The path of one capture: its source's id and its number (1 for the first capture). */
export const ZCaptureParams = z.object({
  id: z.uuid({ error: "Source not found." }),
  number: z.coerce
    .number({ error: "Capture not found." })
    .int({ error: "Capture not found." })
    .min(1, { error: "Capture not found." })
    .max(2_147_483_647, { error: "Capture not found." }),
});
