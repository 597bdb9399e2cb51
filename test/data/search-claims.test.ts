// The claim search (lib/claims/search-claims.ts): words in the statement and any spelling of
// the claimant's name, the filters, paging, and that the public reading never matches or
// shows what is not published.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchClaims } from "@/lib/claims/search-claims";
import { ZClaimFilters, type ClaimFilters } from "@/lib/claims/filters";
import { seedDemoContent, seedDemoUsers } from "@/prisma/seed/seed";
import { expectAppError, makeUser, tag } from "@/test/support/factories";
import {
  draftClaim,
  makeActorNamed,
  makeTeam,
  makeTopicNamed,
  publish,
  recordOutcomeOf,
  reviseStatement,
  submit,
  type Team,
} from "@/test/support/public-factories";

const filters = (raw: Record<string, string>): ClaimFilters => ZClaimFilters.parse(raw);
const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id).sort();

let team: Team;
const word = `zebu${tag()}`;
const fixture = { published: "", revised: "", draft: "", inReview: "", other: "" };
let actorId = "";
let topicSlug = "";

beforeAll(async () => {
  await seedDemoUsers(db);
  await seedDemoContent(db);
  team = await makeTeam();
  const actor = await makeActorNamed(team, `Ólafur Test ${tag()}`);
  actorId = actor.id;
  const topic = await makeTopicNamed(`Topic ${word}`);
  topicSlug = topic.slug;

  fixture.published = await draftClaim(team, actor.id, {
    statement: `The ${word} bridge opens in spring.`,
    kind: "PROMISE",
    madeAt: "2025-03-01",
    topicIds: [topic.id],
  });
  await recordOutcomeOf(team, fixture.published, "HELD", "It opened.");
  await publish(team, fixture.published);

  fixture.revised = await draftClaim(team, actor.id, {
    statement: `The ${word} tunnel is finished.`,
    madeAt: "2025-06-01",
  });
  await publish(team, fixture.revised);
  await reviseStatement(team, fixture.revised, `The ${word} tunnel hides a secretword${word}.`);
  await submit(team, fixture.revised);

  fixture.draft = await draftClaim(team, actor.id, { statement: `Draft about ${word}.` });
  fixture.inReview = await draftClaim(team, actor.id, { statement: `In review: ${word}.` });
  await submit(team, fixture.inReview);

  const other = await makeActorNamed(team, `Someone Else ${tag()}`);
  fixture.other = await draftClaim(team, other.id, {
    statement: `Another ${word} claim, a prediction.`,
    kind: "PREDICTION",
    madeAt: "2025-09-01",
  });
  await publish(team, fixture.other);
});

describe("public search by words", () => {
  it("finds published claims by a statement word and leaves out drafts and claims in review", async () => {
    const page = await searchClaims(null, filters({ q: word.toUpperCase() }));
    expect(ids(page)).toEqual([fixture.published, fixture.revised, fixture.other].sort());
    expect(page.total).toBe(3);
  });

  it("matches the published revision, not a newer one awaiting review", async () => {
    expect((await searchClaims(null, filters({ q: `secretword${word}` }))).total).toBe(0);
    const tunnel = await searchClaims(null, filters({ q: `${word} tunnel` }));
    expect(tunnel.items.map((c) => c.statement)).toEqual([`The ${word} tunnel is finished.`]);
  });

  it("needs every word to match, in the statement or the claimant", async () => {
    expect(ids(await searchClaims(null, filters({ q: `${word} bridge` })))).toEqual([
      fixture.published,
    ]);
    expect(ids(await searchClaims(null, filters({ q: `${word} olafur` })))).toEqual(
      [fixture.published, fixture.revised].sort(),
    );
    expect((await searchClaims(null, filters({ q: `${word} nowhere` }))).total).toBe(0);
  });

  it("finds Rustem Umerov's published claim by the alias Umarov, accents and case aside", async () => {
    for (const q of ["Umarov", "umárov", "RUSTAM UMAROV"]) {
      const page = await searchClaims(null, filters({ q }));
      expect(
        page.items.map((c) => c.claimant.name),
        q,
      ).toEqual(["Rustem Umerov"]);
      expect(page.items[0]?.statement).toMatch(/closer to peace by the end of this day/);
    }
  });

  it("treats % and _ as plain characters", async () => {
    expect((await searchClaims(null, filters({ q: "%" }))).total).toBe(0);
    expect((await searchClaims(null, filters({ q: "_" }))).total).toBe(0);
  });
});

describe("public filters", () => {
  it("filters by kind, outcome, topic, actor and date range", async () => {
    const q = word;
    expect(ids(await searchClaims(null, filters({ q, kind: "PREDICTION" })))).toEqual([
      fixture.other,
    ]);
    expect(ids(await searchClaims(null, filters({ q, outcome: "HELD" })))).toEqual([
      fixture.published,
    ]);
    expect(ids(await searchClaims(null, filters({ topic: topicSlug })))).toEqual([
      fixture.published,
    ]);
    expect(ids(await searchClaims(null, filters({ actor: actorId })))).toEqual(
      [fixture.published, fixture.revised].sort(),
    );
    expect(
      ids(await searchClaims(null, filters({ q, from: "2025-05-01", to: "2025-06-30" }))),
    ).toEqual([fixture.revised]);
    expect(ids(await searchClaims(null, filters({ q, from: "2025-06-01" })))).toEqual(
      [fixture.revised, fixture.other].sort(),
    );
    expect(ids(await searchClaims(null, filters({ q, to: "2025-03-01" })))).toEqual([
      fixture.published,
    ]);
  });

  it("filters by the public outcome, not one recorded but not yet approved", async () => {
    await recordOutcomeOf(team, fixture.other, "NOT_HELD", "Awaiting review.");
    expect((await searchClaims(null, filters({ q: word, outcome: "NOT_HELD" }))).total).toBe(0);
  });
});

describe("paging", () => {
  it("pages the matches by cursor, without overlap", async () => {
    const first = await searchClaims(null, filters({ q: word }), { pageSize: 2 });
    const second = await searchClaims(null, filters({ q: word }), {
      pageSize: 2,
      cursor: first.nextCursor,
    });
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(first.total).toBe(3);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((c) => c.id);
    expect(new Set(all).size).toBe(3);
  });

  it("lists newest first by publication without text", async () => {
    const page = await searchClaims(null, filters({ actor: actorId }));
    // fixture.published was published before fixture.revised.
    expect(page.items.map((c) => c.id)).toEqual([fixture.revised, fixture.published]);
  });

  it("refuses a cursor it did not write, on the cursor field", async () => {
    for (const cursor of ["nonsense", Buffer.from('["1",2,3]').toString("base64url")]) {
      const error = await expectAppError(searchClaims(null, filters({}), { cursor }), "INVALID");
      expect(Object.keys(error.fields ?? {})).toEqual(["cursor"]);
    }
  });
});

describe("the internal reading", () => {
  it("lets a member search working copies, drafts included", async () => {
    const viewer = await makeUser("VIEWER");
    const page = await searchClaims(viewer, filters({ q: word }), { scope: "internal" });
    expect(ids(page)).toEqual(
      [fixture.published, fixture.revised, fixture.draft, fixture.inReview, fixture.other].sort(),
    );
    const secret = await searchClaims(viewer, filters({ q: `secretword${word}` }), {
      scope: "internal",
    });
    expect(ids(secret)).toEqual([fixture.revised]);
  });

  it("refuses the internal reading to an anonymous caller", async () => {
    await expectAppError(searchClaims(null, filters({}), { scope: "internal" }), "UNAUTHORIZED");
  });
});
