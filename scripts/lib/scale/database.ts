// Where the scale data goes: the database DATABASE_URL names, or else a database of its own
// on the embedded PostgreSQL that `npm start` uses (.data/pg, port CLAIMWATCH_PG_PORT), so
// synthetic claims never mix with the demo data. The server is started if it is not
// running, and stopped again afterwards.
import { join } from "node:path";
import pg from "pg";
import { ensureDatabase, startEmbeddedDb, type EmbeddedDb } from "../embedded-db.ts";
import { migrate } from "../migrations.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const USER_URL = (port: number, db: string) =>
  `postgresql://claimwatch:claimwatch@127.0.0.1:${port}/${db}`;

export interface ScaleDatabase {
  url: string;
  /** The embedded cluster's maintenance URL, when the embedded server is used. */
  adminUrl: string | null;
  close(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens (creating and migrating it first) the database for scale data: DATABASE_URL if set,
 * otherwise (or when `useDatabaseUrl` is false) `name` on the embedded server. `fresh`
 * drops an embedded database first.
 */
export async function openScaleDatabase(
  name: string,
  fresh = false,
  useDatabaseUrl = true,
): Promise<ScaleDatabase> {
  const given = useDatabaseUrl ? process.env.DATABASE_URL : undefined;
  if (given) {
    await migrate(given);
    return { url: given, adminUrl: null, close: () => Promise.resolve() };
  }
  const port = Number(process.env.CLAIMWATCH_PG_PORT ?? 54329);
  const adminUrl = USER_URL(port, "postgres");
  let embedded: EmbeddedDb | null = null;
  if (!(await answers(adminUrl))) {
    console.log(`Starting embedded PostgreSQL on 127.0.0.1:${port} (data in .data/pg)…`);
    embedded = await startEmbeddedDb({ dataDir: join(root, ".data", "pg"), port });
  }
  if (fresh) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
  await ensureDatabase(adminUrl, name);
  const url = USER_URL(port, name);
  await migrate(url);
  return { url, adminUrl, close: async () => embedded?.stop() };
}
