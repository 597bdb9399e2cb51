// `npm run bench -- --scale [--sizes 100000,1000000]`: the search and page targets of issue 9
// at 100k and 1M claims (scale databases made once by scripts/lib/scale and reused).
//   - database time p50/p95 of every search shape (search-shapes.ts), and its growth;
//   - HTTP time of the same searches on a production build (first request, then cached);
//   - whole-page throughput of home, claim, actor, topic and a fresh search, as a ratio to
//     the app's static /icon.svg measured in the same run;
//   - first-load JavaScript per public page (gzip KB).
// Returns the exit code: 1 when a target is missed.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import { firstLoadJs, throughput, timeRequests } from "./http-load.ts";
import { buildIfStale, startScaleApp } from "./scale-app.ts";
import { scaleDatabase } from "./scale-database.ts";
import {
  GROWTH_MAX,
  SEARCH_SHAPES,
  shapePath,
  TARGET_P95_MS,
  type SearchShape,
} from "./search-shapes.ts";
import { NOUNS, PLACES } from "../lib/scale/vocabulary.ts";

interface DbTime {
  name: string;
  p50: number;
  p95: number;
  total: string;
  cursor: string | null;
}
type Row = { db: DbTime; http: { first: number; p50: number; p95: number } };

const root = join(import.meta.dirname, "..", "..");
const JS_MAX_KB = 100;
const PAGE_RATIO_MIN = 0.8;
const SEARCH_RATIO_MIN = 0.25;
const ms = (n: number) => n.toFixed(1).padStart(7);

function measureDb(databaseUrl: string): DbTime[] {
  const run = spawnSync(
    join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/bench/search-db-times.ts"],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`search-db-times failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "[]") as DbTime[];
}

async function samplePaths(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ claim: string; actor: string; slug: string }>(
    `SELECT r."claimId" AS claim, r."claimantId" AS actor,
       (SELECT t.slug FROM "RevisionTopic" rt JOIN "Topic" t ON t.id = rt."topicId"
        WHERE rt."revisionId" = r.id LIMIT 1) AS slug
     FROM "ClaimRevision" r WHERE r."publicAt" IS NOT NULL ORDER BY r."publicAt" DESC LIMIT 1`,
  );
  await client.end();
  const row = rows[0];
  if (!row) throw new Error("The scale database has no published claim");
  return {
    home: "/",
    claim: `/claims/${row.claim}`,
    actor: `/actors/${row.actor}`,
    topic: `/topics/${encodeURIComponent(row.slug)}`,
    claims: "/claims",
  };
}

async function pageFigures(baseUrl: string, paths: Awaited<ReturnType<typeof samplePaths>>) {
  const failures: string[] = [];
  console.log("\nFirst-load JavaScript (gzip KB)");
  for (const [name, path] of Object.entries(paths)) {
    const kb = await firstLoadJs(baseUrl, path);
    console.log(`  ${name.padEnd(8)} ${kb.toFixed(1).padStart(6)}`);
    if (kb > JS_MAX_KB)
      failures.push(`${name} page loads ${kb.toFixed(0)} KB of JS > ${JS_MAX_KB}`);
  }
  console.log("\nWhole-page throughput, 20 connections × 5 s (req/s, ratio to /icon.svg)");
  for (const { path } of [{ path: paths.home }, { path: "/icon.svg" }]) {
    await throughput(() => `${baseUrl}${path}`, 5, 1); // warm up
  }
  const staticRate = await throughput(() => `${baseUrl}/icon.svg`);
  console.log(`  static   ${staticRate.toFixed(0).padStart(6)}`);
  let n = 0;
  const freshSearch = () => {
    n += 1;
    const noun = NOUNS[n % NOUNS.length] ?? "";
    const place = PLACES[Math.floor(n / NOUNS.length) % PLACES.length] ?? "";
    return `${baseUrl}/claims?${new URLSearchParams({ q: `${noun} ${place}` }).toString()}`;
  };
  const pages: [string, () => string, number][] = [
    ["home", () => `${baseUrl}${paths.home}`, PAGE_RATIO_MIN],
    ["claim", () => `${baseUrl}${paths.claim}`, PAGE_RATIO_MIN],
    ["actor", () => `${baseUrl}${paths.actor}`, PAGE_RATIO_MIN],
    ["topic", () => `${baseUrl}${paths.topic}`, PAGE_RATIO_MIN],
    ["search", freshSearch, SEARCH_RATIO_MIN],
  ];
  for (const [name, next, min] of pages) {
    const rate = await throughput(next);
    const ratio = rate / staticRate;
    console.log(
      `  ${name.padEnd(8)} ${rate.toFixed(0).padStart(6)}  ${(ratio * 100).toFixed(0)} %`,
    );
    if (ratio < min)
      failures.push(`${name} throughput ${(ratio * 100).toFixed(0)} % < ${min * 100} %`);
  }
  return failures;
}

async function measureSize(claims: number, last: boolean) {
  const database = await scaleDatabase(claims);
  try {
    console.log(`\n${claims.toLocaleString("en-US")} claims: database times…`);
    const dbTimes = measureDb(database.url);
    buildIfStale(database.url);
    const app = await startScaleApp(database.url);
    const failures: string[] = [];
    try {
      const rows: Row[] = [];
      for (const [i, shape] of SEARCH_SHAPES.entries()) {
        const db = dbTimes[i];
        if (!db) throw new Error(`no database time for ${shape.name}`);
        const cursor = db.cursor
          ? `${shapePath(shape).includes("?") ? "&" : "?"}cursor=${db.cursor}`
          : "";
        rows.push({
          db,
          http: await timeRequests(`${app.baseUrl}${shapePath(shape)}${cursor}`, 20),
        });
      }
      if (last) failures.push(...(await pageFigures(app.baseUrl, await samplePaths(database.url))));
      return { rows, failures };
    } finally {
      await app.stop();
    }
  } finally {
    await database.close();
  }
}

function check(shape: SearchShape, small: Row | undefined, large: Row, failures: string[]) {
  const target = TARGET_P95_MS[shape.class];
  if (large.db.p95 > target)
    failures.push(`${shape.name}: p95 ${large.db.p95.toFixed(1)} ms > ${target} ms`);
  if (small && large.db.p50 / small.db.p50 > GROWTH_MAX) {
    failures.push(
      `${shape.name}: grew ×${(large.db.p50 / small.db.p50).toFixed(1)} > ×${GROWTH_MAX}`,
    );
  }
}

export async function runScaleBench(sizes: number[]): Promise<number> {
  const results = [];
  const failures: string[] = [];
  for (const [i, claims] of sizes.entries()) {
    const result = await measureSize(claims, i === sizes.length - 1);
    results.push(result.rows);
    failures.push(...result.failures);
  }
  const small = results.length > 1 ? results[0] : undefined;
  const large = results.at(-1) ?? [];
  const a = `${(sizes[0] ?? 0) / 1000}k`;
  const b = `${(sizes.at(-1) ?? 0) / 1000}k`;
  console.log(
    `\nSearch times (ms): database p50/p95 at ${a} and ${b}, growth of p50, HTTP at ${b}`,
  );
  console.log(
    `shape                  ${a.padStart(7)} p50     p95 ${b.padStart(7)} p50     p95  growth  matches  http first  p50`,
  );
  for (const [i, shape] of SEARCH_SHAPES.entries()) {
    const s = small?.[i];
    const l = large[i];
    if (!l) continue;
    const growth = s ? `×${(l.db.p50 / s.db.p50).toFixed(2)}` : "—";
    console.log(
      `${shape.name.padEnd(22)} ${s ? ms(s.db.p50) : "      —"} ${s ? ms(s.db.p95) : "      —"} ${ms(l.db.p50)} ${ms(l.db.p95)} ${growth.padStart(7)} ${l.db.total.padStart(8)} ${ms(l.http.first)} ${ms(l.http.p50)}`,
    );
    check(shape, s, l, failures);
  }
  console.log(
    "\nThe machine may be shared: database times include waiting for a CPU, so compare them with the load average printed here.",
  );
  console.log(
    `Load average: ${(await import("node:os"))
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}`,
  );
  console.log(
    failures.length === 0
      ? "\nAll scale targets met."
      : `\nTargets missed:\n  ${failures.join("\n  ")}`,
  );
  return failures.length === 0 ? 0 : 1;
}
