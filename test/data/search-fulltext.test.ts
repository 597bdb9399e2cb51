// Full-text search done by PostgreSQL (migration 20261130234424_search_documents and
// lib/claims/search-sql.ts): accents both ways, English stems, websearch_to_tsquery syntax,
// approximate names, relevance order, documents kept current by the database, and keyset
// pages that stay stable when a claim is published between two pages.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchClaims } from "@/lib/claims/search-claims";
import { ZClaimFilters } from "@/lib/claims/filters";
import { createActor } from "@/lib/actors/create-actor";
import { updateActor } from "@/lib/actors/update-actor";
import { updateTopic } from "@/lib/topics/update-topic";
import {
  draftClaim,
  makeActorNamed,
  makeTeam,
  makeTopicNamed,
  publish,
  type Team,
} from "@/test/support/public-factories";

const search = async (q: string, cursor?: string | null, pageSize?: number) =>
  searchClaims(null, ZClaimFilters.parse({ q }), { cursor, pageSize });
const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id).sort();

let team: Team;
const c = { accented: "", plain: "", promise: "", byQuokka: "", aboutQuokka: "", umerov: "" };
let quokkaActor = "";
let topicId = "";

beforeAll(async () => {
  team = await makeTeam();
  const actor = await makeActorNamed(team, "Marta Ivanenko");
  const topic = await makeTopicNamed("Grain corridor");
  topicId = topic.id;
  const publishNew = async (statement: string, claimant = actor.id, topicIds: string[] = []) => {
    const id = await draftClaim(team, claimant, { statement, topicIds });
    await publish(team, id);
    return id;
  };
  c.accented = await publishNew("Talks in Kyïv resumed after the harvest.", actor.id, [topicId]);
  c.plain = await publishNew("Kyiv hosts the summit on Friday.");
  c.promise = await publishNew("The minister promised three new bridges.");
  quokkaActor = (await makeActorNamed(team, "Quokka Foundation", "ORGANIZATION")).id;
  c.byQuokka = await publishNew("Rainfall will double by spring.", quokkaActor);
  c.aboutQuokka = await publishNew("The quokka census counted more animals.");
  const umerov = await createActor.execute(team.analyst, {
    name: "Rustem Umerov",
    kind: "PERSON",
    aliases: ["Rustam Umarov"],
  });
  c.umerov = await publishNew("We hope to reach an agreement by the end of this day.", umerov.id);
});

describe("accents and stems", () => {
  it("finds Kyïv by Kyiv and Kyiv by Kyïv", async () => {
    expect(ids(await search("Kyiv"))).toEqual([c.accented, c.plain].sort());
    expect(ids(await search("Kyïv"))).toEqual([c.accented, c.plain].sort());
    expect(ids(await search("KYÏV"))).toEqual([c.accented, c.plain].sort());
  });

  it("matches English word forms", async () => {
    expect(ids(await search("promise"))).toEqual([c.promise]);
    expect(ids(await search("promising bridge"))).toEqual([c.promise]);
  });
});

describe("web-search syntax", () => {
  it('keeps a "quoted phrase" together', async () => {
    expect(ids(await search('"hosts the summit"'))).toEqual([c.plain]);
    expect(ids(await search('"summit hosts"'))).toEqual([]);
  });

  it("takes OR and -word", async () => {
    expect(ids(await search("harvest OR summit"))).toEqual([c.accented, c.plain].sort());
    expect(ids(await search("kyiv -summit"))).toEqual([c.accented]);
  });

  it("finds nothing, without an error, for stop words and punctuation only", async () => {
    for (const q of ["the", "%", "_", '"', "-", "OR", "!!"]) {
      expect((await search(q)).total, q).toBe(0);
    }
  });
});

describe("names", () => {
  it("finds Rustem Umerov's claim by Umerov, Umarov and Oumerov", async () => {
    for (const q of ["Umerov", "Umarov", "Oumerov", "umárov"]) {
      expect(ids(await search(q)), q).toEqual([c.umerov]);
    }
  });

  it("ranks a match in the statement above one in the claimant's name", async () => {
    const page = await search("quokka");
    expect(page.items.map((i) => i.id)).toEqual([c.aboutQuokka, c.byQuokka]);
  });
});

describe("search documents kept current by the database", () => {
  it("follows a new alias, a renamed actor and a renamed topic", async () => {
    const actorId = (await db.actor.findFirstOrThrow({ where: { name: "Marta Ivanenko" } })).id;
    await db.actorAlias.create({
      data: { actorId, alias: "Marta Iwanenko", normalized: "marta iwanenko" },
    });
    expect(ids(await search("Iwanenko"))).toEqual(
      [c.accented, c.plain, c.promise, c.aboutQuokka].sort(),
    );

    // The revision's own document has the alias (not only the approximate name match).
    const [doc] = await db.$queryRaw<{ has: boolean }[]>`
      SELECT r."search" @@ to_tsquery('claimwatch', 'iwanenko') AS has
      FROM "Claim" c JOIN "ClaimRevision" r ON r."id" = c."publishedRevisionId"
      WHERE c."id" = ${c.accented}::uuid`;
    expect(doc?.has).toBe(true);

    await updateActor.execute(team.analyst, { id: actorId, name: "Marta Ivanenko-Shevchuk" });
    expect(ids(await search("Shevchuk"))).toEqual(
      [c.accented, c.plain, c.promise, c.aboutQuokka].sort(),
    );

    await updateTopic.execute(team.editor, { id: topicId, name: "Black Sea shipping" });
    expect(ids(await search("shipping"))).toEqual([c.accented]);
  });
});

describe("keyset pages", () => {
  it("shows no claim twice and skips none when one is published between pages", async () => {
    const before = await search("kyiv OR promise OR quokka", null, 2);
    const newcomer = await draftClaim(team, quokkaActor, { statement: "Kyiv and quokka news." });
    await publish(team, newcomer);
    const seen = [...before.items.map((i) => i.id)];
    let cursor = before.nextCursor;
    while (cursor) {
      const page = await search("kyiv OR promise OR quokka", cursor, 2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    }
    const expected = [c.accented, c.plain, c.promise, c.aboutQuokka, c.byQuokka];
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of expected) expect(seen).toContain(id);
  });
});
