import { z } from "zod";
import { text } from "@/lib/forms/text";
import { QUERY_MAX } from "@/lib/forms/query";

// Path and query parameters shared by the API's routes (lib/api/route.ts parses them).

/** `{id}` in a path: a record id (UUID); anything else is "<what> not found." (404). */
export const idParams = (what: string) => z.object({ id: z.uuid({ error: `${what} not found.` }) });

/** The reading asked for: the public one (default) or the internal one (members). */
export const scope = z
  .enum(["public", "internal"], { error: "scope must be public or internal" })
  .default("public");

export const ZScopeQuery = z.object({ scope });

/** A short free-text parameter, e.g. a slug, held to the shared search limit. */
export const queryText = (label: string) => text(label, QUERY_MAX);

/** `/claims/{id}/citations/{citationId}`: both uuids, else 404 naming what is missing. */
export const citationParams = z.object({
  id: z.uuid({ error: "Claim not found." }),
  citationId: z.uuid({ error: "Citation not found." }),
});
