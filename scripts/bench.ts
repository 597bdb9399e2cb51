// `npm run bench`: measures Claimwatch's performance targets on a production build with the
// demo data and prints the figures. Exits non-zero when a target is missed.
//   - public pages (home, a claim, a cited source) and the public API: latency percentiles,
//     sequential and 10 at a time;
//   - database transactions per anonymous visit (target 0: public reads come from the cache);
//   - time from an editor's approval until the public API shows the claim (target < 1 s);
//   - `npm run audit:verify` time per 100,000 audit rows (target < 3 s: a million in < 30 s).
//   - article intake on the seed article and on a 2 MB paste (scripts/bench/intake.ts).
import pg from "pg";
import { parseArgs } from "node:util";
import { startAppServer } from "./lib/app-server.ts";
import {
  AUDIT_VERIFY_TARGET_S_PER_100K,
  benchAuditVerify,
  printAuditFigure,
  runAuditBench,
} from "./bench/audit-verify.ts";
import { benchAnalytics, runAnalyticsBench } from "./bench/analytics.ts";
import { runScaleBench } from "./bench/scale.ts";
import { benchIntake, runIntakeBench } from "./bench/intake.ts";
import { signIn } from "./bench/sign-in.ts";

// `--scale`: the search and page figures at 100k and 1M claims instead (scripts/bench/scale.ts).
// `--audit [--audit-rows N]`: only audit:verify on an N-row chain (scripts/bench/audit-verify.ts).
const { values: flags } = parseArgs({
  options: {
    scale: { type: "boolean" },
    sizes: { type: "string" },
    intake: { type: "boolean" },
    audit: { type: "boolean" },
    "audit-rows": { type: "string" },
  },
  strict: false,
});
// `--analytics-only`: the analytics part alone (scripts/bench/analytics.ts).
if (process.argv.includes("--analytics-only")) process.exit(await runAnalyticsBench());
if (flags.audit) process.exit(await runAuditBench(Number(flags["audit-rows"] ?? 1_000_000)));
if (flags.scale) {
  const sizes = String(flags.sizes ?? "100000,1000000")
    .split(",")
    .map(Number);
  process.exit(await runScaleBench(sizes));
}
// `--intake`: only the article-intake figures (scripts/bench/intake.ts).
if (flags.intake) process.exit(await runIntakeBench());

const REQUESTS = 300;
const CONCURRENCY = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timeGets(url: string, total: number, concurrency: number) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const t = performance.now();
        const response = await fetch(url);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: total / seconds,
  };
}

async function transactions(db: pg.Client): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()",
  );
  return Number(rows[0]?.n ?? 0);
}

const app = await startAppServer("bench");
const db = new pg.Client({ connectionString: app.databaseUrl });
await db.connect();
const failures: string[] = [];
try {
  const list = (await (await fetch(`${app.baseUrl}/api/v1/claims`)).json()) as {
    items: { id: string }[];
  };
  const claimId = list.items[0]?.id ?? "";
  // A source the public may open: cited by an approved citation of a published claim.
  const { rows: publicSources } = await db.query<{ id: string }>(`
    SELECT c."sourceId" AS id FROM "Citation" c JOIN "Claim" cl ON cl."id" = c."claimId"
    WHERE c."publishedAt" IS NOT NULL AND c."retiredAt" IS NULL
      AND cl."publishedRevisionId" IS NOT NULL LIMIT 1`);
  const targets = [
    ["home page", `${app.baseUrl}/`],
    ["claim page", `${app.baseUrl}/claims/${claimId}`],
    ["source page", `${app.baseUrl}/sources/${publicSources[0]?.id ?? ""}`],
    ["public API list", `${app.baseUrl}/api/v1/claims`],
  ] as const;

  console.log(`\nLatency over ${REQUESTS} anonymous requests each (ms)`);
  console.log("page                 mode        p50     p95     p99   req/s");
  for (const [name, url] of targets) {
    await timeGets(url, 20, 2); // warm the cache and the JIT
    for (const concurrency of [1, CONCURRENCY]) {
      const r = await timeGets(url, REQUESTS, concurrency);
      const mode = concurrency === 1 ? "sequential" : `${concurrency} at once`;
      console.log(
        `${name.padEnd(20)} ${mode.padEnd(10)} ${r.p50.toFixed(1).padStart(6)} ${r.p95.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)} ${r.rps.toFixed(0).padStart(7)}`,
      );
      if (concurrency === CONCURRENCY && r.p95 > 250)
        failures.push(`${name}: p95 ${r.p95.toFixed(0)} ms > 250 ms`);
    }
  }

  // Backends report their counters to pg_stat_database when idle (within ~10 s), so wait for
  // earlier work to be counted before and for the visits to be counted after.
  const settle = () => new Promise((r) => setTimeout(r, 11_000));
  await settle();
  const before = await transactions(db);
  for (const [, url] of targets) await timeGets(url, 100, 5);
  await settle();
  // Minus one: the first counter query itself.
  const perVisit = ((await transactions(db)) - before - 1) / (100 * targets.length);
  console.log(
    `\nDatabase transactions per anonymous visit (cached): ${Math.max(0, perVisit).toFixed(3)}`,
  );
  if (perVisit > 0.01)
    failures.push(`anonymous visits cost ${perVisit.toFixed(3)} transactions each`);

  const analyst = await signIn(app.baseUrl, "analyst@example.org");
  const editor = await signIn(app.baseUrl, "editor@example.org");
  const actorId = (
    (await (await fetch(`${app.baseUrl}/api/v1/claims/${claimId}`)).json()) as {
      claimant: { id: string };
    }
  ).claimant.id;
  const created = (await (
    await fetch(`${app.baseUrl}/api/v1/claims`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: analyst },
      body: JSON.stringify({
        statement: "Benchmark claim",
        claimantId: actorId,
        madeAt: "2025-12-15",
        kind: "STATEMENT",
      }),
    })
  ).json()) as { id: string };
  const submitted = (await (
    await fetch(`${app.baseUrl}/api/v1/claims/${created.id}/submit`, {
      method: "POST",
      headers: { cookie: analyst },
    })
  ).json()) as { reviewId: string };
  await fetch(`${app.baseUrl}/api/v1/claims?pageSize=100`); // the list is cached before the publish
  const approvedAt = performance.now();
  await fetch(`${app.baseUrl}/api/v1/reviews/${submitted.reviewId}/approve`, {
    method: "POST",
    headers: { cookie: editor },
  });
  let visibleAfter = Infinity;
  while (performance.now() - approvedAt < 5000) {
    const page = (await (await fetch(`${app.baseUrl}/api/v1/claims?pageSize=100`)).json()) as {
      items: { id: string }[];
    };
    if (page.items.some((c) => c.id === created.id)) {
      visibleAfter = performance.now() - approvedAt;
      break;
    }
  }
  console.log(
    `Publish → visible on the public API: ${visibleAfter.toFixed(0)} ms (includes the approve request)`,
  );
  if (visibleAfter > 1000) failures.push(`publish took ${visibleAfter.toFixed(0)} ms to show`);

  // Near the end: it adds rows to the audit log. BENCH_AUDIT_ROWS sets how many (default 200,000).
  const audit = await benchAuditVerify(
    app.databaseUrl,
    Number(process.env.BENCH_AUDIT_ROWS ?? 200_000),
  );
  printAuditFigure(audit);
  if (audit.per100k > AUDIT_VERIFY_TARGET_S_PER_100K)
    failures.push(`audit:verify takes ${audit.per100k.toFixed(2)} s per 100,000 rows`);

  failures.push(...(await benchIntake(app.baseUrl, analyst)));
  // Last: it adds 100k claims to the database the measurements above ran on.
  if (!process.argv.includes("--no-analytics"))
    failures.push(...(await benchAnalytics(app.baseUrl, db, { analyst, editor })));
} finally {
  await db.end();
  await app.stop();
}

console.log(
  failures.length === 0 ? "\nAll targets met." : `\nTargets missed:\n  ${failures.join("\n  ")}`,
);
process.exit(failures.length === 0 ? 0 : 1);
