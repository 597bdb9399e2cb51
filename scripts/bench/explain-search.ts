// `tsx --conditions=react-server scripts/bench/explain-search.ts [shape] [--summary N]` with
// DATABASE_URL naming a scale database: runs each search shape (search-shapes.ts) through the
// app's own searchClaims(), records every statement it sends, and prints EXPLAIN (ANALYZE,
// BUFFERS) of each: the first page, and for cursor shapes the timed page. `shape`: only the
// shapes whose name contains it. `--summary N`: per statement its first N plan lines and
// its execution time and buffers, instead of the whole plan.
import { parseArgs } from "node:util";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchClaims } from "@/lib/claims/search-claims";
import { ZClaimFilters } from "@/lib/claims/filters";
import { db } from "@/lib/db";
import { SEARCH_SHAPES } from "./search-shapes.ts";

const { values, positionals } = parseArgs({
  options: { summary: { type: "string" } },
  allowPositionals: true,
});
const only = positionals[0];
const summary = values.summary === undefined ? null : Number(values.summary);
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();

// Every statement the search sends goes through db.$queryRaw; record them.
let recorded: Prisma.Sql[] = [];
const queryRaw = db.$queryRaw.bind(db);
Object.assign(db, {
  $queryRaw: (sql: Prisma.Sql, ...rest: unknown[]) => {
    recorded.push(sql);
    return (queryRaw as (...args: unknown[]) => unknown)(sql, ...rest);
  },
});

async function explain(sql: Prisma.Sql): Promise<string[]> {
  const { rows } = await client.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`,
    sql.values,
  );
  return rows.map((r) => r["QUERY PLAN"]);
}

for (const shape of SEARCH_SHAPES) {
  if (only && !shape.name.includes(only)) continue;
  const filters = ZClaimFilters.parse(shape.params);
  let cursor: string | null = null;
  for (let i = 0; i < (shape.skipPages ?? 0); i++) {
    cursor = (await searchClaims(null, filters, { cursor, pageSize: 20 })).nextCursor;
  }
  recorded = [];
  const page = await searchClaims(null, filters, { cursor, pageSize: 20 });
  const sent = recorded;
  console.log(
    `===== ${shape.name}: total ${page.total}${page.totalIsCapped ? "+" : ""}, relevance ${page.rankedByRelevance}, ${sent.length} statements`,
  );
  for (const [i, sql] of sent.entries()) {
    const plan = await explain(sql);
    if (summary === null) {
      console.log(`--- statement ${i + 1}\n${plan.join("\n")}\n`);
      continue;
    }
    const buffers = plan.find((line) => line.trim().startsWith("Buffers:"))?.trim() ?? "";
    const time = plan.find((line) => line.startsWith("Execution Time"))?.trim() ?? "";
    console.log(`--- statement ${i + 1}: ${time}; ${buffers}`);
    console.log(plan.slice(0, summary).join("\n"));
  }
}
await client.end();
await db.$disconnect();
