import { z } from "zod";

// Request bodies and parameters are read off the zod schemas the routes parse them with
// (lib/api/route.ts: `body`, `query`, `params`), and the JSON answers are zod schemas too
// (zod-shapes.ts), so the document says what the server accepts and returns. Written by hand
// is only what has no JSON shape: the plain-text and CSV answers (`textBody`, a string).
// A route's schema therefore lives in a plain schema module (lib/<domain>/schemas.ts), never
// beside its database query, which the document must not load.

export type JsonSchema = { [key: string]: unknown };

export function ref(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

function inputJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

/**
 * A request body's schema, read off the zod schema the server validates it with, so the
 * description cannot drift from what is accepted. Fields taken from the path are left out.
 */
export function bodySchema(schema: z.ZodType, pathFields: string[] = []): JsonSchema {
  const rest = inputJsonSchema(schema);
  const properties = { ...(rest.properties as Record<string, JsonSchema> | undefined) };
  for (const field of pathFields) delete properties[field];
  const required = Array.isArray(rest.required)
    ? (rest.required as string[]).filter((f) => !pathFields.includes(f))
    : [];
  return { ...rest, properties, required };
}

/**
 * What a parameter's schema cannot say: its description, and the `format` of a value that a
 * transform checks (a date is read by `optionalDate`, which JSON Schema sees as any text).
 */
export type ParameterNote = string | { description: string; format?: string };

/** A value in a URL is never null: `["string", "null"]` or `anyOf [X, null]` is just X. */
function withoutNull(schema: JsonSchema): JsonSchema {
  const { type, anyOf, ...rest } = schema;
  if (Array.isArray(type)) {
    const types = type.filter((t) => t !== "null");
    return { ...rest, type: types.length === 1 ? types[0] : types };
  }
  if (Array.isArray(anyOf)) {
    const branches = (anyOf as JsonSchema[]).filter((b) => b.type !== "null");
    return branches.length === 1 ? { ...rest, ...branches[0] } : schema;
  }
  return schema;
}

/**
 * The OpenAPI parameters of a route's `query` or `params` schema (or of a header's), one per
 * property, required as the schema says (a path parameter always is). A property the schema
 * refuses whatever its value (`page` on a keyset-paged list) is left out.
 */
export function parametersOf<S extends z.ZodType>(
  schema: S,
  where: "query" | "path" | "header",
  notes: Partial<Record<keyof z.input<S> & string, ParameterNote>> = {},
): JsonSchema[] {
  const json = inputJsonSchema(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = (json.required ?? []) as string[];
  const notesByName: Partial<Record<string, ParameterNote>> = notes;
  return Object.entries(properties)
    .filter(([, property]) => !("not" in property))
    .map(([name, property]) => {
      const note = notesByName[name];
      const { description: own, ...value } = withoutNull(property);
      const { description = own, format } = typeof note === "object" ? note : { description: note };
      return {
        name,
        in: where,
        required: where === "path" || required.includes(name),
        schema: format ? { ...value, format } : value,
        ...(description ? { description } : {}),
      };
    });
}

/** The query parameters of a route's `query` schema (see `parametersOf`). */
export function queryParameters<S extends z.ZodType>(
  schema: S,
  notes: Partial<Record<keyof z.input<S> & string, ParameterNote>> = {},
): JsonSchema[] {
  return parametersOf(schema, "query", notes);
}

/** The one parameter `name` of a schema (see `parametersOf`). */
export function parameter<S extends z.ZodType>(
  schema: S,
  where: "query" | "path" | "header",
  name: keyof z.input<S> & string,
  note?: ParameterNote,
): JsonSchema {
  const notes = (note ? { [name]: note } : {}) as Partial<
    Record<keyof z.input<S> & string, ParameterNote>
  >;
  const found = parametersOf(schema, where, notes).find((p) => p.name === name);
  if (!found) throw new Error(`${name} is not a parameter of the schema`);
  return found;
}

/** A text body (CSV, a capture's text): no JSON, so no shape beyond a string. */
export const textBody: JsonSchema = { type: "string" };
