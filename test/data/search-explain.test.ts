// Every search shape is served by an index: EXPLAIN the SQL the search sends
// (lib/claims/search-sql.ts) over synthetic data large enough that PostgreSQL's planner
// prefers indexes where they exist (scripts/lib/scale), and fail on a sequential scan of
// Claim or ClaimRevision. Timings belong to `npm run bench -- --scale`, not here.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { matchActorNames } from "@/lib/actors/match-names";
import {
  countQuery,
  findMatchingKeys,
  keysQuery,
  rankedFirstPageQuery,
  type SearchSpec,
} from "@/lib/claims/search-sql";
import { ZClaimFilters } from "@/lib/claims/filters";
import { seedScale } from "@/scripts/lib/scale/generate";
import { SEARCH_SHAPES } from "@/scripts/bench/search-shapes";
import { env } from "@/lib/env";

const CLAIMS = 30_000;
let client: pg.Client;
let actorId = "";
let topicSlug = "";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode): string[] {
  const own =
    node["Node Type"] === "Seq Scan" &&
    (node["Relation Name"] === "Claim" || node["Relation Name"] === "ClaimRevision")
      ? [node["Relation Name"]]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

async function explain(sql: Prisma.Sql): Promise<PlanNode> {
  const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
    `EXPLAIN (FORMAT JSON) ${sql.text}`,
    sql.values,
  );
  const plan = rows[0]?.["QUERY PLAN"][0]?.Plan;
  if (!plan) throw new Error("EXPLAIN returned no plan");
  return plan;
}

async function expectIndexed(spec: SearchSpec, label: string) {
  const keys = await findMatchingKeys(spec, null, 1000);
  const deep = keys.at(-1) ?? null;
  for (const [what, sql] of [
    ["first page", keysQuery(spec, null, 21)],
    ["deep page", keysQuery(spec, deep, 21)],
    ["count", countQuery(spec)],
    ...(spec.filters.q ? [["counted first page", rankedFirstPageQuery(spec, 21)] as const] : []),
  ] as const) {
    const plan = await explain(sql);
    expect(seqScans(plan), `${label}, ${what}: ${JSON.stringify(plan)}`).toEqual([]);
  }
}

beforeAll(async () => {
  client = new pg.Client({ connectionString: env().DATABASE_URL });
  await client.connect();
  await seedScale(client, { claims: CLAIMS, chunk: CLAIMS }, [], () => undefined);
  actorId = (await db.claim.findFirstOrThrow({ select: { claimantId: true } })).claimantId;
  topicSlug = (await db.topic.findFirstOrThrow({ select: { slug: true } })).slug;
}, 180_000);

afterAll(async () => {
  await client.end();
});

describe("every search shape uses an index on claims and revisions", () => {
  it("would notice a sequential scan (the check itself)", async () => {
    const plan = await explain(
      Prisma.sql`SELECT "id" FROM "Claim" WHERE "statement" ILIKE ${"%peace%"} LIMIT 21`,
    );
    expect(seqScans(plan)).toEqual(["Claim"]);
  });

  for (const shape of SEARCH_SHAPES) {
    it(shape.name, async () => {
      const filters = ZClaimFilters.parse(shape.params);
      const spec: SearchSpec = { scope: "public", filters, actorIds: [] };
      await expectIndexed({ ...spec, relevance: Boolean(filters.q) }, `${shape.name}, ranked`);
      if (filters.q) await expectIndexed(spec, `${shape.name}, newest first`);
      // The names the text approximately matches, as searched when the text matches nothing.
      const actorIds = await matchActorNames(filters.q);
      if (actorIds.length > 0) await expectIndexed({ ...spec, actorIds }, `${shape.name}, names`);
    });
  }

  it("an actor's and a topic's claims, by date made, in both readings", async () => {
    for (const scope of ["public", "internal"] as const) {
      for (const filters of [{ actor: actorId }, { topic: topicSlug }]) {
        const spec: SearchSpec = {
          scope,
          filters: ZClaimFilters.parse(filters),
          actorIds: [],
          order: "made",
        };
        await expectIndexed(spec, `${scope} ${JSON.stringify(filters)}`);
      }
    }
  });

  it("a broad text listed newest first walks the date index, first and deep pages", async () => {
    for (const scope of ["public", "internal"] as const) {
      const spec: SearchSpec = {
        scope,
        filters: ZClaimFilters.parse({ q: "peace" }),
        actorIds: [],
        walk: true,
      };
      const deep = (await findMatchingKeys(spec, null, 200)).at(-1) ?? null;
      for (const sql of [keysQuery(spec, null, 21), keysQuery(spec, deep, 21)]) {
        const plan = await explain(sql);
        expect(seqScans(plan), JSON.stringify(plan)).toEqual([]);
        expect(JSON.stringify(plan), `${scope}: no bitmap of every match`).not.toContain(
          "Bitmap Index Scan",
        );
      }
    }
  });

  it("the members' search of working copies", async () => {
    const spec: SearchSpec = {
      scope: "internal",
      filters: ZClaimFilters.parse({ q: "peace" }),
      actorIds: [],
      relevance: true,
    };
    await expectIndexed(spec, "internal text");
    await expectIndexed({ ...spec, filters: ZClaimFilters.parse({}) }, "internal newest");
  });
});
