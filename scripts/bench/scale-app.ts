// A production Claimwatch serving a scale database, for the HTTP half of the scale bench.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { freePort } from "../lib/embedded-db.ts";
import { waitForHealth } from "../lib/app-server.ts";
import { buildIsStale } from "../lib/build-state.ts";

const root = join(import.meta.dirname, "..", "..");

export function environmentFor(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "scale-bench-secret-scale-bench-secret-0123456789",
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export function buildIfStale(databaseUrl: string): void {
  if (!buildIsStale(root)) return;
  const build = spawnSync("npx", ["next", "build"], {
    cwd: root,
    env: environmentFor(databaseUrl),
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("next build failed");
}

/**
 * The production server as `npm start` runs it (scripts/serve.ts), on loopback. Not
 * `next start --hostname 127.0.0.1`: that makes Next proxy each rewritten request (every
 * cached page) over HTTP to itself (vercel/next.js#94745), which measured the pages at
 * twice their cost; serve.ts avoids it.
 */
export async function startScaleApp(databaseUrl: string) {
  const port = await freePort();
  const server = spawn(
    join(root, "node_modules", ".bin", "tsx"),
    ["scripts/serve.ts", "--port", String(port), "--hostname", "127.0.0.1"],
    { cwd: root, env: environmentFor(databaseUrl), stdio: "ignore" },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server);
  return {
    baseUrl,
    async stop() {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    },
  };
}
