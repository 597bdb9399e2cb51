import { z } from "zod";

// Small builders for the JSON Schema (2020-12, as OpenAPI 3.1 uses) in the API description.

export type JsonSchema = { [key: string]: unknown };

export const string: JsonSchema = { type: "string" };
export const integer: JsonSchema = { type: "integer" };
export const boolean: JsonSchema = { type: "boolean" };
export const uuid: JsonSchema = { type: "string", format: "uuid" };
export const dateTime: JsonSchema = { type: "string", format: "date-time" };
export const date: JsonSchema = { type: "string", format: "date" };

export function nullable(schema: JsonSchema): JsonSchema {
  return { anyOf: [schema, { type: "null" }] };
}

export function oneOfValues(values: Record<string, string>, description?: string): JsonSchema {
  return { type: "string", enum: Object.values(values), ...(description ? { description } : {}) };
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

/** A paged list: `{ items, total, page, pageSize }`. */
export function pageOf(item: string): JsonSchema {
  return object({ items: arrayOf(ref(item)), total: integer, page: integer, pageSize: integer });
}

/** A keyset page (lib/claims/keyset.ts): follow `nextCursor` with `?cursor=`. */
export function keysetPageOf(item: string, extra: Record<string, JsonSchema> = {}): JsonSchema {
  return object({
    items: arrayOf(ref(item)),
    total: integer,
    totalIsCapped: { type: "boolean" },
    pageSize: integer,
    nextCursor: { type: ["string", "null"] },
    ...extra,
  });
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
