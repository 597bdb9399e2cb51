// Migrates a database only up to a named migration, so a data test can put rows in the
// shape an older schema had and then watch a later migration carry them over.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/scripts/lib/migrations";

export async function migrateUpTo(databaseUrl: string, lastName: string): Promise<void> {
  const all = await readMigrations();
  if (!all.some((m) => m.name === lastName)) throw new Error(`No migration ${lastName}`);
  const dir = await mkdtemp(join(tmpdir(), "claimwatch-partial-"));
  try {
    for (const m of all.filter((m) => m.name <= lastName)) {
      await cp(join(MIGRATIONS_DIR, m.name), join(dir, m.name), { recursive: true });
    }
    await migrate(databaseUrl, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Applies every migration not applied yet. */
export async function migrateRest(databaseUrl: string): Promise<void> {
  await migrate(databaseUrl);
}
