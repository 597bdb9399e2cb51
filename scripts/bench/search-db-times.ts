// Run by scripts/bench/scale.ts in a child process (tsx --conditions=react-server, with
// DATABASE_URL set to a scale database): times each search shape through the app's own
// searchClaims() — every query one search sends, without HTTP or rendering — and prints
// JSON: [{ name, p50, p95, total, cursor }] in milliseconds.
import { searchClaims } from "@/lib/claims/search-claims";
import { ZClaimFilters } from "@/lib/claims/filters";
import { db } from "@/lib/db";
import { SEARCH_SHAPES } from "./search-shapes.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const results = [];
for (const shape of SEARCH_SHAPES) {
  const filters = ZClaimFilters.parse(shape.params);
  let cursor: string | null = null;
  for (let i = 0; i < (shape.skipPages ?? 0); i++) {
    cursor = (await searchClaims(null, filters, { cursor, pageSize: 20 })).nextCursor;
  }
  const run = () => searchClaims(null, filters, { cursor, pageSize: 20 });
  const first = await run(); // warm the connection and the plan cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  results.push({
    name: shape.name,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    total: `${first.total}${first.totalIsCapped ? "+" : ""}`,
    shown: first.items.length,
    relevance: first.rankedByRelevance,
    cursor,
  });
}
await db.$disconnect();
console.log(JSON.stringify(results));
