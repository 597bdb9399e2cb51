// Runs a production Claimwatch against a throwaway embedded PostgreSQL with the demo data,
// for the benchmark and the page audit.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureDatabase, freePort, startEmbeddedDb, type EmbeddedDb } from "./embedded-db.ts";
import { migrate } from "./migrations.ts";
import { ensureAuditSigningKey } from "./audit-key.ts";
import { buildIsStale } from "./build-state.ts";

export interface AppServer {
  baseUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

const root = join(import.meta.dirname, "..", "..");

export async function waitForHealth(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("The app server exited during start-up");
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The app server did not become healthy within 60 s");
}

export async function startAppServer(label: string): Promise<AppServer> {
  const dataDir = join(tmpdir(), `claimwatch-${label}-${process.pid}`);
  const pg: EmbeddedDb = await startEmbeddedDb({ dataDir, port: await freePort() });
  await ensureDatabase(pg.adminUrl, "claimwatch");
  const databaseUrl = pg.urlFor("claimwatch");
  await migrate(databaseUrl);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: `${label}-secret-${label}-secret-${label}-secret-0123456789`,
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    CLAIMWATCH_AUDIT_SIGNING_KEY_FILE: ensureAuditSigningKey(join(dataDir, "audit-key.pem")).file,
  };
  const seed = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts"], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (seed.status !== 0) throw new Error("Seeding failed");
  if (buildIsStale(root)) {
    const build = spawnSync("npx", ["next", "build"], { cwd: root, env, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const port = await freePort();
  const server = spawn(
    join(root, "node_modules", ".bin", "next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: root,
      env,
      stdio: "ignore",
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server);
  return {
    baseUrl,
    databaseUrl,
    async stop() {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
      await pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
