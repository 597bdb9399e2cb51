// The analytics part of `npm run bench`: fills the bench database with analytics data at
// scale (scripts/lib/scale-forecasts.ts: 50 analysts, 100k claims, ~500k forecasts), then
// prints p95 latencies of /analytics and of each analytics API call, uncached (the cache
// dropped before each request by the same pg_notify an approval sends) and cached.
// Target: /analytics uncached p95 ≤ 300 ms. Returns the targets missed.
import type pg from "pg";
import { DEFAULT_SCALE, generateScaleForecasts } from "../lib/scale-forecasts.ts";

const UNCACHED_RUNS = 15;
const CACHED_RUNS = 100;
const TARGET_UNCACHED_MS = 300;

function p95(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? NaN;
}

async function timed(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

async function invalidate(db: pg.Client): Promise<void> {
  await db.query("SELECT pg_notify('claimwatch_cache', 'public-content')");
  // The app hears the notice on its own connection; give it a moment to arrive.
  await new Promise((r) => setTimeout(r, 100));
}

export async function benchAnalytics(
  baseUrl: string,
  db: pg.Client,
  cookie: string,
): Promise<string[]> {
  console.log(
    `\nAnalytics: generating ${DEFAULT_SCALE.claims} claims, ${DEFAULT_SCALE.analysts} analysts, ~${DEFAULT_SCALE.forecasts} forecasts…`,
  );
  await generateScaleForecasts(db);
  const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM "Forecast"');
  console.log(`  ${rows[0]?.n ?? "?"} forecasts in the database`);

  const targets = [
    ["/analytics", "/analytics"],
    ["/track-record", "/track-record"],
    ["API forecasters", "/api/v1/analytics/forecasters"],
    ["API sources", "/api/v1/analytics/sources"],
    ["API speakers", "/api/v1/analytics/speakers"],
    ["API team", "/api/v1/analytics/team"],
  ] as const;
  const failures: string[] = [];
  console.log("\nAnalytics latency, p95 (ms)   uncached   cached");
  for (const [name, path] of targets) {
    const url = `${baseUrl}${path}`;
    await timed(url, cookie); // JIT and connections warm
    const uncached: number[] = [];
    for (let i = 0; i < UNCACHED_RUNS; i++) {
      await invalidate(db);
      uncached.push(await timed(url, cookie));
    }
    const cached: number[] = [];
    for (let i = 0; i < CACHED_RUNS; i++) cached.push(await timed(url, cookie));
    console.log(
      `${name.padEnd(28)} ${p95(uncached).toFixed(0).padStart(8)} ${p95(cached).toFixed(0).padStart(8)}`,
    );
    if (path === "/analytics" && p95(uncached) > TARGET_UNCACHED_MS) {
      failures.push(
        `/analytics uncached p95 ${p95(uncached).toFixed(0)} ms > ${TARGET_UNCACHED_MS} ms`,
      );
    }
  }
  return failures;
}
