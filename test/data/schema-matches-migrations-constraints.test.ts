// The migrations are hand-written SQL; this proves that applying them to an empty database
// yields exactly the primary keys, unique constraints, indexes and foreign keys schema.prisma
// describes. Tables and columns: schema-matches-migrations-tables.test.ts.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectToMigratedDatabase,
  describeColumns,
  readForeignKeys,
  readIndexes,
  sameColumns,
  type ForeignKey,
  type Index,
} from "@/test/support/schema-catalog";
import {
  columnOf,
  EXPRESSION_INDEXES,
  indexes,
  modelByName,
  models,
  tableOf,
} from "@/test/support/schema-model";

let client: pg.Client;
let dbIndexes: Index[];
let foreignKeys: ForeignKey[];

beforeAll(async () => {
  client = await connectToMigratedDatabase();
  dbIndexes = await readIndexes(client);
  foreignKeys = await readForeignKeys(client);
});

afterAll(async () => {
  await client.end();
});

describe("the migrations produce exactly the database schema.prisma describes", () => {
  it("has every primary key, unique constraint and @@index, with the right columns", () => {
    const problems: string[] = [];
    for (const index of indexes) {
      const model = modelByName.get(index.model);
      if (!model) throw new Error(`index on unknown model ${index.model}`);
      const table = tableOf(model);
      const cols = index.fields.map((f) => columnOf(model, f.name));
      const found = dbIndexes.find(
        (i) =>
          i.table === table &&
          sameColumns(i.columns, cols) &&
          (index.type === "id" ? i.primary : index.type === "unique" ? i.unique : !i.unique),
      );
      if (!found) problems.push(`${table}: no ${index.type} index on ${describeColumns(cols)}`);
    }
    for (const expression of EXPRESSION_INDEXES) {
      if (!dbIndexes.some((i) => i.table === expression.table && i.name === expression.name))
        problems.push(`${expression.table}: expression index ${expression.name} missing`);
    }
    const isExpression = (i: Index) =>
      EXPRESSION_INDEXES.some((e) => e.table === i.table && e.name === i.name);
    // Nothing the schema does not declare, so a stray index shows up as drift too.
    for (const actual of dbIndexes.filter(
      (i) => i.table !== "_prisma_migrations" && !isExpression(i),
    )) {
      const declared = indexes.some((index) => {
        const model = modelByName.get(index.model);
        return (
          model !== undefined &&
          tableOf(model) === actual.table &&
          sameColumns(
            index.fields.map((f) => columnOf(model, f.name)),
            actual.columns,
          )
        );
      });
      if (!declared) {
        problems.push(
          `${actual.table}: index ${actual.name} ${describeColumns(actual.columns)} not in schema.prisma`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it("agrees with each model's primaryKey and uniqueFields and each field's @id/@unique", () => {
    const problems: string[] = [];
    for (const model of models) {
      const table = tableOf(model);
      const idFields =
        model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name);
      const pk = dbIndexes.find((i) => i.table === table && i.primary);
      const pkCols = idFields.map((f) => columnOf(model, f));
      if (!pk || !sameColumns(pk.columns, pkCols)) {
        problems.push(
          `${table}: primary key is ${pk ? describeColumns(pk.columns) : "missing"}, schema says ${describeColumns(pkCols)}`,
        );
      }
      const uniques = [
        ...model.uniqueFields,
        ...model.fields.filter((f) => f.isUnique).map((f) => [f.name]),
      ];
      for (const fields of uniques) {
        const cols = fields.map((f) => columnOf(model, f));
        if (
          !dbIndexes.some(
            (i) => i.table === table && i.unique && !i.primary && sameColumns(i.columns, cols),
          )
        ) {
          problems.push(`${table}: no unique index on ${describeColumns(cols)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("has a foreign key for every relation, with Prisma's referential actions", () => {
    const actions: Record<string, string> = {
      Cascade: "c",
      Restrict: "r",
      NoAction: "a",
      SetNull: "n",
      SetDefault: "d",
    };
    const problems: string[] = [];
    let relations = 0;
    for (const model of models) {
      for (const field of model.fields) {
        if (field.kind !== "object" || !field.relationFromFields?.length) continue;
        relations += 1;
        const target = modelByName.get(field.type);
        if (!target) throw new Error(`relation to unknown model ${field.type}`);
        const cols = field.relationFromFields.map((f) => columnOf(model, f));
        const refCols = (field.relationToFields ?? []).map((f) => columnOf(target, f));
        const label = `${tableOf(model)}${describeColumns(cols)} → ${tableOf(target)}${describeColumns(refCols)}`;
        const fk = foreignKeys.find(
          (k) => k.table === tableOf(model) && sameColumns(k.columns, cols),
        );
        if (!fk) {
          problems.push(`${label}: foreign key missing`);
          continue;
        }
        if (fk.refTable !== tableOf(target) || !sameColumns(fk.refColumns, refCols)) {
          problems.push(
            `${label}: foreign key references ${fk.refTable}${describeColumns(fk.refColumns)}`,
          );
        }
        // Prisma's defaults: Restrict for a required relation, SetNull for an optional one.
        const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
        if (fk.onDelete !== actions[onDelete]) {
          problems.push(`${label}: ON DELETE is '${fk.onDelete}', schema says ${onDelete}`);
        }
        if (fk.onUpdate !== "c")
          problems.push(`${label}: ON UPDATE is '${fk.onUpdate}', expected CASCADE`);
      }
    }
    expect(problems).toEqual([]);
    expect(foreignKeys).toHaveLength(relations);
  });
});
