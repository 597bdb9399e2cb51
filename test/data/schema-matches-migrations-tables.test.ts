// The migrations are hand-written SQL; this proves that applying them to an empty database
// yields the tables, columns, types, defaults and enums schema.prisma describes, and records
// them the way Prisma does. Keys and indexes: schema-matches-migrations-constraints.test.ts.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, readMigrations } from "@/scripts/lib/migrations";
import {
  connectToMigratedDatabase,
  readColumns,
  readEnums,
  readTables,
  sameColumns,
  type Column,
} from "@/test/support/schema-catalog";
import {
  enumTypeOf,
  enums,
  expectedDefault,
  expectedType,
  modelByName,
  models,
  scalarFields,
  tableOf,
} from "@/test/support/schema-model";

let client: pg.Client;
let tables: string[];
let columns: Column[];
let dbEnums: Map<string, string[]>;

beforeAll(async () => {
  client = await connectToMigratedDatabase();
  tables = await readTables(client);
  columns = await readColumns(client);
  dbEnums = await readEnums(client);
});

afterAll(async () => {
  await client.end();
});

describe("the migrations produce exactly the database schema.prisma describes", () => {
  it("schema.prisma parses into a non-trivial model (guards against an empty comparison)", () => {
    expect(models.length).toBeGreaterThanOrEqual(18);
    expect(enums.length).toBeGreaterThanOrEqual(10);
    expect(modelByName.has("Claim")).toBe(true);
  });

  it("has a table for every model and no other tables", () => {
    const expected = [...models.map(tableOf), "_prisma_migrations"].sort();
    const missing = expected.filter((t) => !tables.includes(t));
    const extra = tables.filter((t) => !expected.includes(t));
    expect({ missing, extra }, "tables differ from schema.prisma").toEqual({
      missing: [],
      extra: [],
    });
  });

  it("has every scalar field's column with the right type and nullability, and no others", () => {
    const problems: string[] = [];
    for (const model of models) {
      const table = tableOf(model);
      const actual = columns.filter((c) => c.table === table);
      const expectedNames = new Set<string>();
      for (const field of scalarFields(model)) {
        const name = field.dbName ?? field.name;
        expectedNames.add(name);
        const column = actual.find((c) => c.column === name);
        if (!column) {
          problems.push(`${table}.${name}: column missing`);
          continue;
        }
        const type = expectedType(field);
        if (column.type !== type) {
          problems.push(`${table}.${name}: type is ${column.type}, schema says ${type}`);
        }
        if (column.notNull !== field.isRequired) {
          problems.push(
            `${table}.${name}: ${column.notNull ? "NOT NULL" : "nullable"} in the database, ` +
              `${field.isRequired ? "required" : "optional"} in schema.prisma`,
          );
        }
      }
      for (const column of actual) {
        if (!expectedNames.has(column.column)) {
          problems.push(`${table}.${column.column}: column not in schema.prisma`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives enum columns the enum type (information_schema: USER-DEFINED, udt_name)", async () => {
    const { rows } = await client.query<{ table: string; column: string; udt: string }>(
      `SELECT table_name AS table, column_name AS column, udt_name AS udt
       FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type = 'USER-DEFINED'`,
    );
    const actual = rows.map((r) => `${r.table}.${r.column}: ${r.udt}`).sort();
    const expected = models
      .flatMap((m) =>
        scalarFields(m)
          .filter((f) => f.kind === "enum")
          .map((f) => `${tableOf(m)}.${f.dbName ?? f.name}: ${enumTypeOf(f.type)}`),
      )
      .sort();
    expect(actual).toEqual(expected);
    expect(actual).toContain("Citation.credibility: InformationCredibility");
  });

  it("has the column defaults Prisma expects in the database, and none where the client fills in", () => {
    const problems: string[] = [];
    for (const model of models) {
      for (const field of scalarFields(model)) {
        const name = field.dbName ?? field.name;
        const column = columns.find((c) => c.table === tableOf(model) && c.column === name);
        if (!column) continue; // reported by the column test
        const expected = expectedDefault(field);
        if (column.default !== expected) {
          problems.push(
            `${tableOf(model)}.${name}: default is ${column.default ?? "none"}, ` +
              `schema.prisma implies ${expected ?? "none"}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("has every enum type with exactly the expected labels, in order", () => {
    const expected = new Map(
      enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]),
    );
    const problems: string[] = [];
    for (const [name, labels] of expected) {
      const actual = dbEnums.get(name);
      if (!actual) problems.push(`enum ${name}: type missing`);
      else if (!sameColumns(actual, labels)) {
        problems.push(
          `enum ${name}: labels are [${actual.join(", ")}], schema says [${labels.join(", ")}]`,
        );
      }
    }
    for (const name of dbEnums.keys()) {
      if (!expected.has(name)) problems.push(`enum ${name}: type not in schema.prisma`);
    }
    expect(problems).toEqual([]);
    expect(dbEnums.get("InformationCredibility")).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("records the migration the way Prisma does", async () => {
    const files = await readMigrations();
    expect(files.map((f) => f.name)).toContain("20261126000000_init");
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
       FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const row of rows) {
      const sql = readFileSync(join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });
});
