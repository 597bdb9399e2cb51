// Finding actors by name and alias: normalized, accent- and case-insensitive.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/lib/actors/create-actor";
import { searchActors } from "@/lib/actors/queries";
import { ZActorSearch } from "@/lib/actors/schemas";
import { makeUsers } from "@/test/support/factories";

const search = (params: Record<string, string>) => searchActors(ZActorSearch.parse(params));
const names = async (params: Record<string, string>) =>
  (await search(params)).items.map((a) => a.name);

beforeAll(async () => {
  const { ANALYST } = await makeUsers();
  const make = (name: string, kind: string, aliases: string[] = []) =>
    createActor.execute(ANALYST, { name, kind, aliases });
  await make("Rustem Umerov", "PERSON", ["Rustam Umarov", "Umerov"]);
  await make("José Martí", "PERSON");
  await make("Ministry of Défense of Ukraine", "ORGANIZATION", ["MoD Ukraine"]);
  await make("Senior US official", "ANONYMOUS", ["anonymous senior US official"]);
  await make("100% Club", "ORGANIZATION");
  // Written directly, as the demo seed does: no spelling for the name itself.
  await db.actor.create({ data: { name: "Kaja Kallas", kind: "PERSON" } });
  // A merged-away duplicate is not offered any more.
  const survivor = await db.actor.findFirstOrThrow({ where: { name: "Rustem Umerov" } });
  await db.actor.create({
    data: { name: "R. Umerov", kind: "PERSON", mergedIntoId: survivor.id },
  });
});

describe("searchActors", () => {
  it("finds an actor by a transliteration of the name", async () => {
    expect(await names({ q: "Rustam Umarov" })).toEqual(["Rustem Umerov"]);
    expect(await names({ q: "umarov" })).toEqual(["Rustem Umerov"]);
  });

  it("finds an actor by an approximate spelling (pg_trgm), as the claimant picker asks", async () => {
    for (const q of ["Oumerov", "Umerov", "Rustem Oumerov"]) {
      expect(await names({ q }), q).toEqual(["Rustem Umerov"]);
    }
  });

  it("ignores accents and case on either side", async () => {
    expect(await names({ q: "jose marti" })).toEqual(["José Martí"]);
    expect(await names({ q: "MARTÍ" })).toEqual(["José Martí"]);
    expect(await names({ q: "defense" })).toEqual(["Ministry of Défense of Ukraine"]);
    expect(await names({ q: "  Défense   of  " })).toEqual(["Ministry of Défense of Ukraine"]);
  });

  it("matches a name that has no registered spelling, case-insensitively", async () => {
    expect(await names({ q: "kallas" })).toEqual(["Kaja Kallas"]);
  });

  it("filters by kind and lists every live actor without a query", async () => {
    expect(await names({ q: "ukraine", kind: "ORGANIZATION" })).toEqual([
      "Ministry of Défense of Ukraine",
    ]);
    expect(await names({ kind: "ANONYMOUS" })).toEqual(["Senior US official"]);
    const all = await search({});
    expect(all.total).toBe(6);
    expect(all.items.map((a) => a.name)).not.toContain("R. Umerov");
  });

  it("pages through the results", async () => {
    const first = await search({ pageSize: "2" });
    const third = await search({ pageSize: "2", page: "3" });
    expect(first.items).toHaveLength(2);
    expect(third.items).toHaveLength(2);
    expect(first.items.map((a) => a.id)).not.toContain(third.items[0]?.id);
    expect(first.total).toBe(6);
  });

  it("treats LIKE wildcards in the query as plain characters", async () => {
    expect(await names({ q: "%" })).toEqual(["100% Club"]);
    expect(await names({ q: "0%" })).toEqual(["100% Club"]);
    expect(await names({ q: "_" })).toEqual([]);
  });

  it("returns nothing for a query that matches nothing", async () => {
    expect(await search({ q: "Zelensky" })).toMatchObject({ items: [], total: 0 });
  });
});
