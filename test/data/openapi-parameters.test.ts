// The OpenAPI document reads parameters off the routes' own zod schemas, except where a
// schema sits beside its database query ("server-only"), which the document must not load:
// those few are written by hand, and must say exactly what those schemas accept. A data test,
// as loading those modules needs a database address.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZUserQuery } from "@/lib/admin/list-users";
import { ZAuditQuery } from "@/lib/audit/list-audit-events";
import { ZCheckpointQuery } from "@/lib/audit/list-checkpoints";
import { buildOpenApiDocument } from "@/lib/public/openapi/document";
import {
  queryParameters,
  type JsonSchema,
  type ParameterNote,
} from "@/lib/public/openapi/schema-helpers";

type Parameter = { name: string; description?: string; schema: JsonSchema };
type Doc = { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };
const doc = buildOpenApiDocument("https://claims.example", "Claimwatch") as unknown as Doc;

/** The parameters the schema accepts, with the document's descriptions and formats. */
function accepted(schema: z.ZodType, documented: Parameter[]): JsonSchema[] {
  const notes: Record<string, ParameterNote> = Object.fromEntries(
    documented.map((p) => [
      p.name,
      { description: p.description ?? "", format: p.schema.format as string | undefined },
    ]),
  );
  // A uuid's pattern is zod's spelling of `format: uuid`; the hand-written ones leave it out.
  return queryParameters(schema, notes).map((p) => {
    const { pattern: _pattern, ...rest } = p.schema as JsonSchema;
    return { ...p, schema: rest.format === "uuid" ? rest : p.schema };
  });
}

describe("hand-written query parameters", () => {
  it.each([
    ["/admin/users", ZUserQuery],
    ["/audit/events", ZAuditQuery],
    ["/audit/checkpoints", ZCheckpointQuery],
  ] as const)("%s lists what its route's query schema accepts", (path, schema) => {
    const documented = doc.paths[path]?.get?.parameters ?? [];
    expect(documented.length).toBeGreaterThan(0);
    expect(documented).toEqual(accepted(schema, documented));
  });
});
