// The migration runner (scripts/lib/migrations.ts) against real, empty databases.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/scripts/lib/migrations";
import { createTestDatabase } from "@/test/support/test-db";

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  applied_steps_count: number;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const migrationRows = (url: string) =>
  query<MigrationRow>(
    url,
    `SELECT migration_name, checksum, finished_at, applied_steps_count
     FROM "_prisma_migrations" ORDER BY migration_name`,
  );

async function tableNames(url: string): Promise<string[]> {
  const rows = await query<{ name: string }>(
    url,
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

const tmpDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tmpDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A migrations folder in a temporary directory: { name: sql }. */
async function migrationsDir(migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "claimwatch-migrations-"));
  tmpDirs.push(dir);
  await writeMigrations(dir, migrations);
  return dir;
}
async function writeMigrations(dir: string, migrations: Record<string, string>): Promise<void> {
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(join(dir, name), { recursive: true });
    await writeFile(join(dir, name, "migration.sql"), sql);
  }
}

describe("migrate", () => {
  it("applies every migration once; a second run applies nothing", async () => {
    const url = await createTestDatabase();
    const names = (await readMigrations()).map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);

    const first = await migrate(url);
    expect(first).toEqual({ applied: names, alreadyApplied: 0 });
    const second = await migrate(url);
    expect(second).toEqual({ applied: [], alreadyApplied: names.length });

    const rows = await migrationRows(url);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.every((r) => r.finished_at instanceof Date && r.applied_steps_count === 1)).toBe(
      true,
    );
  });

  it("serialises concurrent runs with the advisory lock: both succeed, each migration is recorded once", async () => {
    const url = await createTestDatabase();
    const names = (await readMigrations()).map((m) => m.name);

    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);

    // Exactly one run applied everything; the others found it done.
    const appliedBy = results.filter((r) => r.applied.length > 0);
    expect(appliedBy).toEqual([{ applied: names, alreadyApplied: 0 }]);
    expect(results.flatMap((r) => r.applied)).toEqual(names);
    const rows = await migrationRows(url);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(await tableNames(url)).toContain("Claim");
  });

  it("rolls back a failing migration entirely and keeps the ones before it", async () => {
    const url = await createTestDatabase();
    const dir = await migrationsDir({
      "001_first": `CREATE TABLE "First" ("id" INTEGER PRIMARY KEY);`,
      "002_broken": `CREATE TABLE "Second" ("id" INTEGER PRIMARY KEY);
INSERT INTO "First" ("id") VALUES (1);
CREATE TABLE "Broken" ("id" INTEGER PRIMARY KEY, "x" NO_SUCH_TYPE);`,
    });

    const error: unknown = await migrate(url, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("Migration 002_broken failed and was rolled back");
    expect(String((error as Error).cause)).toMatch(/no_such_type/i);

    // The first migration stays; nothing of the second: its table, its row, its record.
    expect(await tableNames(url)).toEqual(["First", "_prisma_migrations"]);
    expect(await query(url, `SELECT * FROM "First"`)).toEqual([]);
    const rows = await migrationRows(url);
    expect(rows.map((r) => [r.migration_name, r.finished_at !== null])).toEqual([
      ["001_first", true],
    ]);

    // The lock was released and the failure left nothing to resolve: a fixed file applies.
    await writeMigrations(dir, {
      "002_broken": `CREATE TABLE "Second" ("id" INTEGER PRIMARY KEY);`,
    });
    expect(await migrate(url, dir)).toEqual({ applied: ["002_broken"], alreadyApplied: 1 });
    expect(await tableNames(url)).toEqual(["First", "Second", "_prisma_migrations"]);
  });

  it("refuses to run when an applied migration's file was changed, and applies nothing after it", async () => {
    const url = await createTestDatabase();
    const dir = await migrationsDir({ "001_first": `CREATE TABLE "First" ("id" INTEGER);` });
    expect(await migrate(url, dir)).toEqual({ applied: ["001_first"], alreadyApplied: 0 });
    const [before] = await migrationRows(url);

    await writeMigrations(dir, {
      "001_first": `CREATE TABLE "First" ("id" INTEGER, "extra" TEXT);`,
      "002_second": `CREATE TABLE "Second" ("id" INTEGER);`,
    });
    await expect(migrate(url, dir)).rejects.toThrow(
      "Migration 001_first was changed after it was applied.",
    );

    expect(await tableNames(url)).toEqual(["First", "_prisma_migrations"]);
    expect(await migrationRows(url)).toEqual([before]);
  });

  it("refuses to run while an earlier migration is recorded as failed and not rolled back", async () => {
    const url = await createTestDatabase();
    const dir = await migrationsDir({ "001_first": `CREATE TABLE "First" ("id" INTEGER);` });
    await migrate(url, dir);
    // What `prisma migrate deploy` leaves behind when a migration fails half-way.
    await query(
      url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000002', repeat('0', 64), '002_second', 0)`,
    );
    await writeMigrations(dir, { "002_second": `CREATE TABLE "Second" ("id" INTEGER);` });

    await expect(migrate(url, dir)).rejects.toThrow(
      "Migration 002_second failed earlier and is not rolled back; resolve it first.",
    );
    expect(await tableNames(url)).toEqual(["First", "_prisma_migrations"]);
  });

  it("applies migrations in name order, not in the order the directory lists them", async () => {
    const url = await createTestDatabase();
    // 002 depends on 001; written first so a runner that trusted readdir order could fail.
    const dir = await migrationsDir({
      "20260102000000_second": `ALTER TABLE "First" ADD COLUMN "b" TEXT;`,
      "20260101000000_first": `CREATE TABLE "First" ("a" INTEGER);`,
    });
    expect(await migrate(url, dir)).toEqual({
      applied: ["20260101000000_first", "20260102000000_second"],
      alreadyApplied: 0,
    });
  });
});
