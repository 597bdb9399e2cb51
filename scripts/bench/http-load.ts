// HTTP measurements for `npm run bench -- --scale`: latency percentiles of one address,
// whole-page throughput as a ratio to a static file, and the first-load JavaScript of a page.
import { gzipSync } from "node:zlib";

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function get(url: string): Promise<void> {
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}

/** The first request (nothing cached yet for it) and p50/p95 of `runs` more, in ms. */
export async function timeRequests(url: string, runs: number) {
  let started = performance.now();
  await get(url);
  const first = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    await get(url);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { first, p50: percentile(times, 50), p95: percentile(times, 95) };
}

/**
 * Completed requests per second with `connections` at once for `seconds`; `next()` gives
 * each request's address (a fixed page, or a new search every time).
 */
export async function throughput(next: () => string, connections = 20, seconds = 5) {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        await get(next());
        done += 1;
      }
    }),
  );
  return done / seconds;
}

/**
 * Gzipped size (KB) of the JavaScript a first visit to `url` loads: every script the HTML
 * names under /_next/static, each counted once, compressed as a server would send it.
 */
export async function firstLoadJs(base: string, path: string): Promise<number> {
  const html = await (await fetch(`${base}${path}`)).text();
  const sources = new Set(
    [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1] ?? ""),
  );
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return bytes / 1024;
}
