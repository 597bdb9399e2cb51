// `npm start`: one command from a fresh clone to a running Claimwatch.
//   0. The generated Prisma client, if `npm install` did not make it (or the schema changed).
//   1. Database: DATABASE_URL if set, else an embedded PostgreSQL whose data lives in .data/.
//   2. Migrations, then demo data on first start only.
//   3. A production build if the sources changed since the last one, then scripts/serve.ts.
// `npm run dev` does the same with `next dev` and no build.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureDatabase, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db.ts";
import { migrate } from "./lib/migrations.ts";
import { buildIsStale } from "./lib/build-state.ts";
import { ensureAuditSigningKey } from "./lib/audit-key.ts";
import { ensurePrismaClient } from "./lib/prisma-client.ts";

const root = join(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const dataDir = join(root, ".data");

// Before the database starts: without the client, the seed and the build fail on a missing
// module, which says nothing about what to do.
try {
  ensurePrismaClient(root);
} catch {
  process.exit(1);
}

let embedded: EmbeddedDb | undefined;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const pgPort = Number(process.env.CLAIMWATCH_PG_PORT ?? 54329);
  console.log(`Starting embedded PostgreSQL on 127.0.0.1:${pgPort} (data in .data/pg)…`);
  embedded = await startEmbeddedDb({ dataDir: join(dataDir, "pg"), port: pgPort });
  await ensureDatabase(embedded.adminUrl, "claimwatch");
  databaseUrl = embedded.urlFor("claimwatch");
}

// Sessions are signed with AUTH_SECRET. Without one, a random secret is kept in .data/ so
// that sessions survive restarts on this machine (several instances must share a real one).
function localSecret(): string {
  const file = join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log("No AUTH_SECRET set: generated one in .data/auth-secret.");
  }
  return readFileSync(file, "utf8").trim();
}

// Audit checkpoints are signed with an Ed25519 key kept outside the database. Without one, the
// embedded default (and dev or demo mode) keeps a generated key in .data/; a deployment on its
// own DATABASE_URL must bring its own, and is told so now rather than at the first checkpoint.
function auditSigningKeyEnv(): Record<string, string> {
  if (process.env.CLAIMWATCH_AUDIT_SIGNING_KEY || process.env.CLAIMWATCH_AUDIT_SIGNING_KEY_FILE) {
    return {};
  }
  if (!embedded && !dev && process.env.CLAIMWATCH_DEMO !== "1") {
    console.error(
      "ERROR: No audit signing key. Set CLAIMWATCH_AUDIT_SIGNING_KEY_FILE to an Ed25519 private key " +
        "(PKCS#8 PEM, e.g. `openssl genpkey -algorithm ed25519 -out audit-key.pem`). " +
        "Until then no audit checkpoint is signed or published.",
    );
    return {};
  }
  const { file, created } = ensureAuditSigningKey(join(dataDir, "audit-signing-key.pem"));
  if (created)
    console.log("No audit signing key set: generated one in .data/audit-signing-key.pem.");
  return { CLAIMWATCH_AUDIT_SIGNING_KEY_FILE: file };
}

const childEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? localSecret(),
  // Without NEXTAUTH_URL, next-auth takes the origin from the request's Host header.
  ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "true" }),
  NEXT_TELEMETRY_DISABLED: "1",
  ...auditSigningKeyEnv(),
};

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: childEnv, cwd: root });
  if (result.status !== 0) {
    console.error(`\`${command} ${args.join(" ")}\` failed.`);
    void shutdown(result.status ?? 1);
    throw new Error("start aborted");
  }
}

async function shutdown(code: number): Promise<never> {
  await embedded?.stop().catch(() => undefined);
  process.exit(code);
}

const migrated = await migrate(databaseUrl);
console.log(
  migrated.applied.length > 0
    ? `Applied migrations: ${migrated.applied.join(", ")}`
    : "Database schema is up to date.",
);
run("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts", "--if-empty"]);

if (!dev && buildIsStale(root)) {
  console.log("Building Claimwatch (first start or sources changed)…");
  run("npx", ["next", "build"]);
}

// Production runs scripts/serve.ts (Next.js behind a Node server that records each
// request's peer address for the sign-in throttle); development runs `next dev`. Binaries
// are started directly (not through npx), so that signals reach the server.
const server = dev
  ? spawn(join(root, "node_modules", ".bin", "next"), ["dev", "--port", port], {
      stdio: "inherit",
      env: childEnv,
      cwd: root,
    })
  : spawn(join(root, "node_modules", ".bin", "tsx"), ["scripts/serve.ts", "--port", port], {
      stdio: "inherit",
      env: childEnv,
      cwd: root,
    });
console.log(`Claimwatch will be at http://localhost:${port}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
  });
}
server.on("exit", (code) => {
  void shutdown(stopping ? 0 : (code ?? 1));
});
