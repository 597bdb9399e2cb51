// `tsx --conditions=react-server scripts/bench/explain-search.ts` with DATABASE_URL naming a
// scale database: prints EXPLAIN (ANALYZE, BUFFERS) of every query each search shape
// (search-shapes.ts) sends, first page and, for cursor shapes, the timed page.
import pg from "pg";
import { type Prisma } from "@/lib/generated/prisma/client";
import { matchActorNames } from "@/lib/actors/match-names";
import { searchClaims } from "@/lib/claims/search-claims";
import {
  countQuery,
  keysQuery,
  rankedFirstPageQuery,
  type SearchSpec,
} from "@/lib/claims/search-sql";
import { decodeCursor } from "@/lib/claims/keyset";
import { ZClaimFilters } from "@/lib/public/claim-filters";
import { db } from "@/lib/db";
import { SEARCH_SHAPES } from "./search-shapes.ts";

const only = process.argv[2];
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();

async function explain(label: string, sql: Prisma.Sql) {
  const { rows } = await client.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`,
    sql.values,
  );
  console.log(`--- ${label}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}\n`);
}

for (const shape of SEARCH_SHAPES) {
  if (only && !shape.name.includes(only)) continue;
  const filters = ZClaimFilters.parse(shape.params);
  let cursor: string | null = null;
  for (let i = 0; i < (shape.skipPages ?? 0); i++) {
    cursor = (await searchClaims(null, filters, { cursor, pageSize: 20 })).nextCursor;
  }
  const page = await searchClaims(null, filters, { cursor, pageSize: 20 });
  const plain: SearchSpec = { scope: "public", filters, actorIds: [] };
  console.log(
    `===== ${shape.name}: total ${page.total}${page.totalIsCapped ? "+" : ""}, relevance ${page.rankedByRelevance}`,
  );
  if (filters.q && !cursor) await explain("first page", rankedFirstPageQuery(plain, 21));
  else await explain("count", countQuery(plain));
  const actorIds = filters.q ? await matchActorNames(filters.q) : [];
  if (actorIds.length > 0) await explain("count, names", countQuery({ ...plain, actorIds }));
  await explain(
    "keys",
    keysQuery(
      { ...plain, relevance: page.rankedByRelevance, walk: !page.rankedByRelevance },
      decodeCursor(cursor),
      21,
    ),
  );
}
await client.end();
await db.$disconnect();
