import { z } from "zod";

// Small builders for the JSON Schema (2020-12, as OpenAPI 3.1 uses) of the API description's
// parameters and of the analytics reports; the other answers are zod schemas (zod-shapes.ts).

export type JsonSchema = { [key: string]: unknown };

export const string: JsonSchema = { type: "string" };
export const integer: JsonSchema = { type: "integer" };
export const uuid: JsonSchema = { type: "string", format: "uuid" };

export function nullable(schema: JsonSchema): JsonSchema {
  return { anyOf: [schema, { type: "null" }] };
}

export function arrayOf(items: JsonSchema): JsonSchema {
  return { type: "array", items };
}

/** An object whose listed properties are all present (null where the schema allows it). */
export function object(
  properties: Record<string, JsonSchema>,
  required: string[] = Object.keys(properties),
): JsonSchema {
  return { type: "object", properties, required };
}

export function ref(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

/**
 * A request body's schema, read off the zod schema the server validates it with, so the
 * description cannot drift from what is accepted. Fields taken from the path are left out.
 */
export function bodySchema(schema: z.ZodType, pathFields: string[] = []): JsonSchema {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const { $schema: _dialect, ...rest } = json;
  const properties = { ...(rest.properties as Record<string, JsonSchema> | undefined) };
  for (const field of pathFields) delete properties[field];
  const required = Array.isArray(rest.required)
    ? (rest.required as string[]).filter((f) => !pathFields.includes(f))
    : [];
  return { ...rest, properties, required };
}
