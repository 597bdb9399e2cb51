import { z } from "zod";
import { SourceKind, SourceReliability } from "@/lib/generated/prisma/enums";
import { fieldErrorsFrom, invalid } from "@/lib/errors";

// The library's search and filter parameters, shared by the page and GET /api/v1/sources.
// An empty box (the page's form sends kind="" for "any") means "no filter".
const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);

export const ZSourceListQuery = z.object({
  q: z.preprocess(
    emptyToUndefined,
    z.string().trim().max(200, "q must be at most 200 characters").optional(),
  ),
  kind: z.preprocess(
    emptyToUndefined,
    z.enum(SourceKind, { error: "kind must be one of the source kinds" }).optional(),
  ),
  reliability: z.preprocess(
    emptyToUndefined,
    z.enum(SourceReliability, { error: "reliability must be a grade from A to F" }).optional(),
  ),
  page: z.coerce
    .number({ error: "page must be a number" })
    .int("page must be a whole number")
    .min(1, "page starts at 1")
    .max(10_000, "page must be at most 10,000")
    .default(1),
  pageSize: z.coerce
    .number({ error: "pageSize must be a number" })
    .int("pageSize must be a whole number")
    .min(1, "pageSize must be between 1 and 100")
    .max(100, "pageSize must be between 1 and 100")
    .default(20),
});

export type SourceListQuery = z.output<typeof ZSourceListQuery>;

/** Validates list parameters; a bad one is a 400 naming the parameter. */
export function parseSourceListQuery(params: URLSearchParams): SourceListQuery {
  const parsed = ZSourceListQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw invalid(fieldErrorsFrom(parsed.error), "Invalid query parameters.");
  return parsed.data;
}
