import { z } from "zod";
import { SourceKind, SourceReliability } from "@/lib/generated/prisma/enums";
import { fieldErrorsFrom, invalid } from "@/lib/errors";
import { pageNumber, pageSize, searchQuery } from "@/lib/forms/query";

// The library's search and filter parameters, shared by the page and GET /api/v1/sources.
// An empty box (the page's form sends kind="" for "any") means "no filter".
const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);

export const ZSourceListQuery = z.object({
  q: searchQuery("q"),
  kind: z.preprocess(
    emptyToUndefined,
    z.enum(SourceKind, { error: "kind must be one of the source kinds" }).optional(),
  ),
  reliability: z.preprocess(
    emptyToUndefined,
    z.enum(SourceReliability, { error: "reliability must be a grade from A to F" }).optional(),
  ),
  page: pageNumber(),
  pageSize: pageSize(20),
});

export type SourceListQuery = z.output<typeof ZSourceListQuery>;

/** Validates list parameters; a bad one is a 400 naming the parameter. */
export function parseSourceListQuery(params: URLSearchParams): SourceListQuery {
  const parsed = ZSourceListQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw invalid(fieldErrorsFrom(parsed.error), "Invalid query parameters.");
  return parsed.data;
}
