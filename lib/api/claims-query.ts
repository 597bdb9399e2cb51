import { z } from "zod";
import { fieldErrorsFrom, invalid } from "@/lib/errors";

const ZListQuery = z.object({
  scope: z
    .enum(["public", "internal"], { error: "scope must be public or internal" })
    .default("public"),
  page: z.coerce
    .number({ error: "page must be a number" })
    .int()
    .min(1, "page starts at 1")
    .default(1),
  pageSize: z.coerce
    .number({ error: "pageSize must be a number" })
    .int()
    .min(1, "pageSize must be between 1 and 100")
    .max(100, "pageSize must be between 1 and 100")
    .default(20),
});

/** Validates list parameters from a URL; a bad one is a 400 naming the parameter. */
export function parseListQuery(url: URL) {
  const parsed = ZListQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) throw invalid(fieldErrorsFrom(parsed.error), "Invalid query parameters.");
  return parsed.data;
}

export function parseScope(url: URL) {
  return parseListQuery(url).scope;
}
