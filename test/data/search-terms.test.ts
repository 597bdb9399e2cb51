// The lexeme document counts the search plans from (SearchTerm, migration
// 20261202024500_search_terms): kept exact by the database through publications, edits,
// and concurrent inserts and deletes, compared with a recount of the documents themselves.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { estimateText } from "@/lib/claims/search-plan";
import {
  draftClaim,
  makeActorNamed,
  makeTeam,
  publish,
  reviseStatement,
  type Team,
} from "@/test/support/public-factories";
import { tag } from "@/test/support/factories";

let team: Team;
let actorId = "";
const word = `gnu${tag()}`;

/** Lexemes whose kept count differs from a recount of the reading's documents. */
async function drift(reading: "public" | "internal"): Promise<unknown[]> {
  const source =
    reading === "public"
      ? `SELECT "search" FROM "ClaimRevision" WHERE "publicAt" IS NOT NULL`
      : `SELECT "search" FROM "Claim"`;
  return db.$queryRawUnsafe(`
    SELECT coalesce(k."lexeme", s.word) AS lexeme, k."documents" AS kept, s.ndoc AS actual
    FROM (SELECT * FROM "SearchTerm" WHERE "reading" = '${reading}' AND "documents" <> 0) k
    FULL JOIN ts_stat('${source.replaceAll("'", "''")}') s ON s.word = k."lexeme"
    WHERE k."documents" IS DISTINCT FROM s.ndoc`);
}

beforeAll(async () => {
  team = await makeTeam();
  actorId = (await makeActorNamed(team, "Odile Counted")).id;
});

describe("lexeme document counts", () => {
  it("follow publications, revisions and unpublished drafts in each reading", async () => {
    const ids = await Promise.all(
      [1, 2, 3, 4].map((n) => draftClaim(team, actorId, { statement: `The ${word} herd ${n}.` })),
    );
    await Promise.all(ids.slice(0, 3).map((id) => publish(team, id)));
    const first = ids[0] ?? "";
    await reviseStatement(team, first, `The wildebeest herd moved on.`);
    await publish(team, first);
    expect(await drift("public")).toEqual([]);
    expect(await drift("internal")).toEqual([]);
    // Two published claims still say the word, three working copies.
    expect(await estimateText("public", word)).toEqual({ upper: 2, exact: true });
    expect(await estimateText("internal", word)).toEqual({ upper: 3, exact: true });
    expect(await estimateText("public", `nowhere${word}`)).toEqual({ upper: 0, exact: true });
  });

  it("stay exact when many connections insert and delete documents at once", async () => {
    const claimId = await draftClaim(team, actorId, { statement: `A ${word} base claim.` });
    await publish(team, claimId);
    const author = (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).createdById;
    const clients = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const c = new pg.Client({ connectionString: env().DATABASE_URL });
        await c.connect();
        return c;
      }),
    );
    try {
      const insert = (c: pg.Client, n: number) =>
        c.query<{ id: string }>(
          `INSERT INTO "ClaimRevision" ("id", "claimId", "number", "statement", "isVerbatim",
             "claimantId", "madeAt", "kind", "authorId", "publicAt")
           VALUES (gen_random_uuid(), $1, $2, $3, true, $4, current_date, 'STATEMENT', $5,
             CASE WHEN $2 % 3 = 0 THEN NULL ELSE now() END)
           RETURNING "id"`,
          [claimId, 1000 + n, `Shared ${word} words and grazing ${n % 4}.`, actorId, author],
        );
      let inserted: string[] = [];
      for (let round = 0; round < 4; round++) {
        const gone = inserted;
        inserted = [];
        await Promise.all(
          clients.map(async (c, i) => {
            await c.query("BEGIN");
            for (let k = 0; k < 3; k++) {
              const { rows } = await insert(c, round * 100 + i * 10 + k);
              inserted.push(rows[0]?.id ?? "");
            }
            const mine = gone.filter((_, j) => j % clients.length === i);
            await c.query(`DELETE FROM "ClaimRevision" WHERE "id" = ANY ($1::uuid[])`, [mine]);
            await c.query("COMMIT");
          }),
        );
      }
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    expect(await drift("public")).toEqual([]);
    expect(await drift("internal")).toEqual([]);
  });

  it("stay exact when a transaction applies its changes early, then queues more", async () => {
    // The deferred apply runs once for every change queued before it (migration
    // 20261202130000_search_terms_apply_once); changes queued after it must still count.
    const claimId = await draftClaim(team, actorId, { statement: `An early ${word} claim.` });
    await publish(team, claimId);
    const author = (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).createdById;
    const c = new pg.Client({ connectionString: env().DATABASE_URL });
    await c.connect();
    const insert = (n: number) =>
      c.query<{ id: string }>(
        `INSERT INTO "ClaimRevision" ("id", "claimId", "number", "statement", "isVerbatim",
           "claimantId", "madeAt", "kind", "authorId", "publicAt")
         VALUES (gen_random_uuid(), $1, $2, $3, true, $4, current_date, 'STATEMENT', $5, now())
         RETURNING "id"`,
        [claimId, 2000 + n, `Early ${word} migration number ${n}.`, actorId, author],
      );
    try {
      await c.query("BEGIN");
      const before = await Promise.all([1, 2, 3].map((n) => insert(n)));
      await c.query("SET CONSTRAINTS ALL IMMEDIATE");
      await c.query("SET CONSTRAINTS ALL DEFERRED");
      await insert(4);
      await c.query(`DELETE FROM "ClaimRevision" WHERE "id" = $1`, [before[0]?.rows[0]?.id]);
      await c.query("COMMIT");
    } finally {
      await c.end();
    }
    expect(await drift("public")).toEqual([]);
  });

  it("are recounted after a TRUNCATE, which fires no row triggers", async () => {
    await db.$executeRawUnsafe(`TRUNCATE "Claim" CASCADE`);
    expect(await drift("public")).toEqual([]);
    expect(await drift("internal")).toEqual([]);
    expect(await estimateText("public", word)).toEqual({ upper: 0, exact: true });
  });
});
