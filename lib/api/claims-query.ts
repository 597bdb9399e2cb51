import { z } from "zod";
import { fieldErrorsFrom, invalid } from "@/lib/errors";
import { datesInOrder, filterFields, page, ZClaimFilters } from "@/lib/public/claim-filters";

const scope = z
  .enum(["public", "internal"], { error: "scope must be public or internal" })
  .default("public");

const ZScopeQuery = z.object({ scope });

/** GET /api/v1/claims: the reading, the page, and the same filters as the /claims page. */
const ZListQuery = z
  .object({
    scope,
    page,
    pageSize: z.coerce
      .number({ error: "pageSize must be a number" })
      .int()
      .min(1, "pageSize must be between 1 and 100")
      .max(100, "pageSize must be between 1 and 100")
      .default(20),
    ...filterFields,
  })
  .superRefine(datesInOrder);

function parse<S extends z.ZodType>(schema: S, url: URL): z.output<S> {
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) throw invalid(fieldErrorsFrom(parsed.error), "Invalid query parameters.");
  return parsed.data;
}

/** Validates list parameters from a URL; a bad one is a 400 naming the parameter. */
export function parseListQuery(url: URL) {
  const { scope, page, pageSize, ...filters } = parse(ZListQuery, url);
  return { scope, page, pageSize, filters };
}

/** The reading asked for on a single record; other parameters are not this route's. */
export function parseScope(url: URL) {
  return parse(ZScopeQuery, url).scope;
}

/** The exports take the list's filters but no paging: they hold every match. */
export function parseExportFilters(url: URL) {
  return parse(ZClaimFilters, url);
}
