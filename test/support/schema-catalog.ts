// The database the migrations actually produce, read from PostgreSQL's catalog, for comparison
// with what schema.prisma describes (test/support/schema-model.ts).
import pg from "pg";
import { migrate } from "@/scripts/lib/migrations";
import { createTestDatabase } from "@/test/support/test-db";

export interface Column {
  table: string;
  column: string;
  type: string;
  notNull: boolean;
  default: string | null;
}
export interface Index {
  table: string;
  name: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
}
export interface ForeignKey {
  table: string;
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
}

/** A connection to a new, empty database with every migration applied. */
export async function connectToMigratedDatabase(): Promise<pg.Client> {
  const url = await createTestDatabase();
  await migrate(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

export async function readTables(client: pg.Client): Promise<string[]> {
  return (
    await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY 1`,
    )
  ).rows.map((r) => r.name);
}

export async function readColumns(client: pg.Client): Promise<Column[]> {
  return (
    await client.query<Column>(
      `SELECT c.relname::text AS table, a.attname::text AS column,
              format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
              pg_get_expr(d.adbin, d.adrelid) AS default
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`,
    )
  ).rows;
}

/** Each enum type's labels, in declaration order. */
export async function readEnums(client: pg.Client): Promise<Map<string, string[]>> {
  const enumRows = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
     JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' GROUP BY t.typname`,
  );
  return new Map(enumRows.rows.map((r) => [r.name, r.labels]));
}

/** Every index, primary keys and unique constraints included, with its columns in order. */
export async function readIndexes(client: pg.Client): Promise<Index[]> {
  return (
    await client.query<Index>(
      `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique,
              ix.indisprimary AS primary,
              array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                    ORDER BY k.ord)::text[] AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public'`,
    )
  ).rows;
}

/** Every foreign key; onDelete and onUpdate are pg_constraint's one-letter action codes. */
export async function readForeignKeys(client: pg.Client): Promise<ForeignKey[]> {
  return (
    await client.query<ForeignKey>(
      `SELECT t.relname AS table, con.conname AS name, r.relname AS "refTable",
              array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                    ORDER BY k.ord)::text[] AS columns,
              array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                    ORDER BY k.ord)::text[] AS "refColumns",
              con.confdeltype AS "onDelete", con.confupdtype AS "onUpdate"
       FROM pg_constraint con
       JOIN pg_class t ON t.oid = con.conrelid
       JOIN pg_class r ON r.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE con.contype = 'f' AND n.nspname = 'public'`,
    )
  ).rows;
}

export const describeColumns = (cols: string[]) => `(${cols.join(", ")})`;
export const sameColumns = (a: string[], b: string[]) => a.join("\0") === b.join("\0");
