// `npm test`: lint, type-check, formatting, unit tests, data-layer tests against a real
// PostgreSQL, and Playwright end-to-end tests in Chromium against a production build.
// The database is a throwaway embedded PostgreSQL in a temporary folder.
// `npm test -- unit data` runs only the named stages (static, unit, data, e2e); words after a
// second `--` filter test files in both runners (`npm test -- data e2e -- sources`).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureDatabase, freePort, startEmbeddedDb } from "./lib/embedded-db.ts";
import { migrate } from "./lib/migrations.ts";
import { ensureAuditSigningKey } from "./lib/audit-key.ts";
import { ensurePrismaClient } from "./lib/prisma-client.ts";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const split = args.indexOf("--");
const wanted = (split >= 0 ? args.slice(0, split) : args).filter((a) => !a.startsWith("-"));
const filters = split >= 0 ? args.slice(split + 1) : [];
const stage = (name: string) => wanted.length === 0 || wanted.includes(name);
const timings: string[] = [];
const reports = join(tmpdir(), `claimwatch-test-reports-${process.pid}`);
rmSync(reports, { recursive: true, force: true });

function run(
  label: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): void {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) throw new Error(`${label} failed`);
}

/**
 * Runs `command` with its output kept until it ends, then prints it under `label`: checks
 * run side by side this way without their lines interleaving. Resolves to whether it passed.
 */
function runQuietly(label: string, command: string, args: string[]): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" },
    });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("close", (code) => {
      console.log(`\n▶ ${label}\n${Buffer.concat(output).toString()}`);
      timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      if (code !== 0) console.error(`Error: ${label} failed`);
      resolve(code === 0);
    });
  });
}

// Every stage (tsc included) reads the generated client; make it if this checkout lacks it.
try {
  ensurePrismaClient(root);
} catch {
  process.exit(1);
}

let failed = false;
if (stage("static")) {
  // Three independent checks, side by side: the lint's time is the stage's time.
  const passed = await Promise.all([
    runQuietly("lint", "npx", ["eslint", "--max-warnings", "0", "."]),
    runQuietly("type-check", "npx", ["tsc", "--noEmit"]),
    runQuietly("format", "npx", ["prettier", "--check", "."]),
  ]);
  failed = passed.includes(false);
}

const needsDb = stage("unit") || stage("data") || stage("e2e");
if (!failed && needsDb) {
  const dataDir = join(tmpdir(), `claimwatch-test-${process.pid}`);
  const pg = await startEmbeddedDb({ dataDir, port: await freePort() });
  const template = "claimwatch_template";
  try {
    if (stage("unit") || stage("data")) {
      await ensureDatabase(pg.adminUrl, template);
      await migrate(pg.urlFor(template));
      const projects = ["unit", "data"].filter(stage).flatMap((p) => ["--project", p]);
      const vitestArgs = [
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${reports}/vitest.json`,
      ];
      run("unit and data tests", "npx", ["vitest", "run", ...projects, ...vitestArgs, ...filters], {
        TEST_DB_ADMIN_URL: pg.adminUrl,
        TEST_DB_TEMPLATE: template,
      });
    }
    if (stage("e2e")) {
      const databaseUrl = pg.urlFor("claimwatch_e2e");
      await ensureDatabase(pg.adminUrl, "claimwatch_e2e");
      await migrate(databaseUrl);
      const env = {
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
        AUTH_TRUST_HOST: "true",
        // A production server signs its audit checkpoints with a key of its own.
        CLAIMWATCH_AUDIT_SIGNING_KEY_FILE: ensureAuditSigningKey(join(dataDir, "audit-key.pem"))
          .file,
      };
      run("seed demo data", "npx", ["tsx", "--conditions=react-server", "scripts/seed.ts"], env);
      run("production build", "npx", ["next", "build"], env);
      // The browser specs first, then the API fuzz suite (e2e/fuzz/) on its own, so that its
      // load and the records it manages to write never disturb them. A filter naming a
      // project (`npm run fuzz`) runs just that.
      const phases = filters.some((f) => f.startsWith("--project"))
        ? [{ label: "end-to-end tests", args: filters }]
        : [
            { label: "end-to-end tests", args: ["--project=chromium", ...filters] },
            { label: "API fuzz", args: ["--project=fuzz", "--pass-with-no-tests", ...filters] },
          ];
      for (const [i, phase] of phases.entries()) {
        run(phase.label, "npx", ["playwright", "test", ...phase.args], {
          ...env,
          E2E_PORT: String(await freePort()),
          PLAYWRIGHT_JSON_OUTPUT_FILE: `${reports}/playwright-${i}.json`,
        });
      }
    }
  } catch (error) {
    console.error(String(error));
    failed = true;
  } finally {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// One closing line in the plain "N passed, N failed" form, summed over both test runners.
function counts(): { passed: number; failed: number; skipped: number; flaky: number } {
  const total = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  const read = (file: string): unknown =>
    existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
  const v = read(`${reports}/vitest.json`) as
    { numPassedTests: number; numFailedTests: number; numPendingTests: number } | undefined;
  if (v) {
    total.passed += v.numPassedTests;
    total.failed += v.numFailedTests;
    total.skipped += v.numPendingTests;
  }
  for (const i of [0, 1]) {
    const p = read(`${reports}/playwright-${i}.json`) as
      | { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
      | undefined;
    if (!p) continue;
    total.passed += p.stats.expected + p.stats.flaky;
    total.flaky += p.stats.flaky;
    total.failed += p.stats.unexpected;
    total.skipped += p.stats.skipped;
  }
  return total;
}

console.log(`\n${timings.join("\n")}`);
const c = counts();
rmSync(reports, { recursive: true, force: true });
console.log(
  `\n${c.passed} passed${c.flaky ? ` (${c.flaky} only on a retry)` : ""}, ${c.failed} failed, ${c.skipped} skipped`,
);
console.log(failed ? "\nnpm test: FAILED" : "\nnpm test: all stages passed");
process.exit(failed ? 1 : 0);
