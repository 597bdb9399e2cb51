// The database schema.prisma describes, as Prisma's own parser reads it (the DMMF), and the
// PostgreSQL types, defaults and names Prisma's migrate would give each field.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";

export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
  uniqueFields: string[][];
}
export interface DmmfEnum {
  name: string;
  dbName: string | null;
  values: { name: string; dbName: string | null }[];
}
export interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };
}

const dmmf = JSON.parse(
  get_dmmf(
    JSON.stringify({
      prismaSchema: readFileSync(
        join(import.meta.dirname, "..", "..", "prisma", "schema.prisma"),
        "utf8",
      ),
    }),
  ),
) as Dmmf;
export const { models, enums, indexes } = dmmf.datamodel;

// The DMMF leaves out `Unsupported("…")` fields (the tsvector search documents); read them
// from the schema text so that their columns and indexes are checked like any other.
const schemaText = readFileSync(
  join(import.meta.dirname, "..", "..", "prisma", "schema.prisma"),
  "utf8",
);
for (const [, name, body] of schemaText.matchAll(/^model (\w+) \{\n([\s\S]*?)\n\}/gm)) {
  const model = models.find((m) => m.name === name);
  for (const [, field, type, optional] of (body ?? "").matchAll(
    /^\s+(\w+)\s+Unsupported\("(\w+)"\)(\?)?/gm,
  )) {
    model?.fields.push({
      name: field ?? "",
      kind: "unsupported",
      type: type ?? "",
      isList: false,
      isRequired: optional !== "?",
      isId: false,
      isUnique: false,
      isUpdatedAt: false,
      hasDefaultValue: false,
    });
  }
}

/**
 * Indexes on expressions, which schema.prisma cannot describe; the migration that creates
 * each is named in schema.prisma beside its model. The constraint test checks that they
 * exist, and that nothing else undeclared does.
 */
export const EXPRESSION_INDEXES = [
  { table: "Actor", name: "Actor_name_trgm_idx" }, // 20261130234424_search_documents
  // Partial (WHERE "publicAt" IS NOT NULL), which schema.prisma cannot say: 20261202024500_search_terms
  { table: "ClaimRevision", name: "ClaimRevision_claimantId_publicAt_claimId_idx" },
];
const enumByName = new Map(enums.map((e) => [e.name, e]));
export const modelByName = new Map(models.map((m) => [m.name, m]));

export const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
export const enumTypeOf = (name: string) => enumByName.get(name)?.dbName ?? name;
export function columnOf(model: DmmfModel, fieldName: string): string {
  const field = model.fields.find((f) => f.name === fieldName);
  if (!field) throw new Error(`${model.name} has no field ${fieldName}`);
  return field.dbName ?? field.name;
}
export const scalarFields = (m: DmmfModel) => m.fields.filter((f) => f.kind !== "object");

/** The PostgreSQL type Prisma's migrate would create for a field (format_type spelling). */
export function expectedType(field: DmmfField): string {
  if (field.kind === "unsupported") return field.type;
  if (field.kind === "enum") return `"${enumTypeOf(field.type)}"`;
  const native = field.nativeType;
  if (native) {
    const [name, args] = native;
    const byNative: Record<string, string> = {
      Uuid: "uuid",
      Date: "date",
      Text: "text",
      Char: `character(${args.join(",")})`,
      VarChar: `character varying(${args.join(",")})`,
      Timestamptz: `timestamp(${args[0] ?? "6"}) with time zone`,
    };
    const type = byNative[name];
    if (!type) throw new Error(`Add native type @db.${name} to this test`);
    return field.isList ? `${type}[]` : type;
  }
  const byScalar: Record<string, string> = {
    String: "text",
    Int: "integer",
    BigInt: "bigint",
    Boolean: "boolean",
    DateTime: "timestamp(3) without time zone",
    Json: "jsonb",
    Float: "double precision",
    Decimal: "numeric(65,30)",
    Bytes: "bytea",
  };
  const type = byScalar[field.type];
  if (!type) throw new Error(`Add scalar type ${field.type} to this test`);
  return field.isList ? `${type}[]` : type;
}

/** The column default Prisma puts in the database; null where Prisma fills it in itself. */
export function expectedDefault(field: DmmfField): string | null {
  if (!field.hasDefaultValue) return null;
  const d = field.default;
  if (typeof d === "object" && d !== null && "name" in d) {
    switch (d.name) {
      case "autoincrement":
        return `nextval('"${tableOf(modelOf(field))}_${field.dbName ?? field.name}_seq"'::regclass)`;
      case "now":
        return "CURRENT_TIMESTAMP";
      default:
        return null; // uuid(), cuid(): generated by the client
    }
  }
  if (typeof d === "boolean" || typeof d === "number") return String(d);
  if (typeof d === "string") {
    if (field.kind === "enum") {
      const value = enumByName.get(field.type)?.values.find((v) => v.name === d);
      return `'${value?.dbName ?? d}'::"${enumTypeOf(field.type)}"`;
    }
    return `'${d.replaceAll("'", "''")}'::text`;
  }
  throw new Error(`Add default ${JSON.stringify(d)} of ${field.name} to this test`);
}
function modelOf(field: DmmfField): DmmfModel {
  const model = models.find((m) => m.fields.includes(field));
  if (!model) throw new Error(`No model holds ${field.name}`);
  return model;
}
