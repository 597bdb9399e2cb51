import { z } from "zod";
import type { JsonSchema } from "@/lib/public/openapi/schema-helpers";

// The API's answers are declared once, as zod schemas; the OpenAPI document's
// `components.schemas` is their JSON Schema (zod's own output), so the description cannot be
// written a second time by hand. test/data/openapi-responses.test.ts checks real answers
// of every route against it.

/** The named shapes: each one is `#/components/schemas/<id>` in the document. */
const components = z.registry<{ id: string }>();

/** Names a response shape, so the document lists it once and refers to it elsewhere. */
export function named<S extends z.ZodType>(id: string, schema: S): S {
  components.add(schema, { id });
  return schema;
}

/** Every named shape as JSON Schema (2020-12, as OpenAPI 3.1 uses), refs between them kept. */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(components, {
    uri: (id) => `#/components/schemas/${id}`,
    io: "output",
    unrepresentable: "any",
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

// Values as the API writes them (JSON: dates as ISO text).
export const id = z.uuid();
export const dateTime = z.iso.datetime();
export const day = z.iso.date();
export const count = z.int().min(0);

/** A keyset page (lib/claims/keyset.ts): follow `nextCursor` with `?cursor=`. */
export function keysetPage<T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(
  item: T,
  extra?: E,
) {
  return z.object({
    items: z.array(item),
    total: count,
    totalIsCapped: z.boolean(),
    pageSize: z.int().min(1),
    nextCursor: z.string().nullable(),
    ...(extra ?? ({} as E)),
  });
}

/** A numbered page: `{ items, total, page, pageSize }`. */
export function numberedPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: count,
    page: z.int().min(1),
    pageSize: z.int().min(1),
  });
}

export const person = z.object({ id, name: z.string() });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * `true` only when a response shape's output and the type the code answers with are each
 * assignable to the other: `type _Check = Holds<Agrees<typeof shape, Answer>>` stops compiling
 * when a field is added, dropped or retyped on either side, before any test runs.
 */
export type Agrees<Shape extends z.ZodType, Answer> = Same<z.output<Shape>, Answer>;
export type Holds<T extends true> = T;
