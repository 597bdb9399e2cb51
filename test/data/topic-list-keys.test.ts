// A topic's claims are read from its link rows, which carry the linked claim's sort keys
// (migration 20261201061500_topic_list_orders). The database keeps those keys current: a
// publication, a newer published revision, and a working copy's new date made all move the
// claim in the topic's lists, which never show it twice.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { searchClaims } from "@/lib/claims/search-claims";
import { ZClaimFilters } from "@/lib/claims/filters";
import { makeClaim } from "@/test/support/workspace-factories";
import { makeUser, publishCurrentRevision } from "@/test/support/factories";

let analyst: SessionUser;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
});

async function topicList(slug: string, user: SessionUser | null, extra = {}) {
  const filters = ZClaimFilters.parse({ topic: slug, ...extra });
  const page = await searchClaims(user, filters, {
    scope: user ? "internal" : "public",
    order: "made",
  });
  return page.items.map((c) => [c.id, c.madeAt]);
}

/** A claim on `topicId` made on `madeAt`, with its first revision linked to the topic too. */
async function claimOnTopic(topicId: string, madeAt: string) {
  const claim = await makeClaim(analyst.id, { data: { madeAt: day(madeAt) } });
  await db.claimRevision.updateMany({
    where: { claimId: claim.id },
    data: { madeAt: day(madeAt) },
  });
  const revision = await db.claimRevision.findFirstOrThrow({ where: { claimId: claim.id } });
  await db.claimTopic.create({ data: { claimId: claim.id, topicId } });
  await db.revisionTopic.create({ data: { revisionId: revision.id, topicId } });
  return { claim, revision };
}

describe("a topic's lists follow the claims' sort keys", () => {
  it("publication, a newer published revision and a new date made reorder the lists", async () => {
    const topic = await db.topic.create({ data: { name: "Bridges", slug: "bridges" } });
    const a = await claimOnTopic(topic.id, "2025-01-01");
    const b = await claimOnTopic(topic.id, "2025-03-01");

    // Nothing published yet: the public sees nothing, members see both, latest made first.
    expect(await topicList("bridges", null)).toEqual([]);
    expect(await topicList("bridges", analyst)).toEqual([
      [b.claim.id, "2025-03-01"],
      [a.claim.id, "2025-01-01"],
    ]);

    await publishCurrentRevision(a.claim.id);
    await publishCurrentRevision(b.claim.id);
    expect(await topicList("bridges", null)).toEqual([
      [b.claim.id, "2025-03-01"],
      [a.claim.id, "2025-01-01"],
    ]);

    // A's second revision, on the topic, corrects its date made; once it is published the
    // public list shows A once, at its new place.
    const second = await db.claimRevision.create({
      data: {
        claimId: a.claim.id,
        number: 2,
        statement: a.claim.statement,
        isVerbatim: true,
        claimantId: a.claim.claimantId,
        madeAt: day("2025-06-01"),
        kind: "PREDICTION",
        authorId: analyst.id,
      },
    });
    await db.revisionTopic.create({ data: { revisionId: second.id, topicId: topic.id } });
    expect(await topicList("bridges", null)).toEqual([
      [b.claim.id, "2025-03-01"],
      [a.claim.id, "2025-01-01"],
    ]);
    await db.claim.update({ where: { id: a.claim.id }, data: { version: 2 } });
    await publishCurrentRevision(a.claim.id);
    expect(await topicList("bridges", null)).toEqual([
      [a.claim.id, "2025-06-01"],
      [b.claim.id, "2025-03-01"],
    ]);

    // The working copy's date made moves it in the members' list.
    await db.claim.update({ where: { id: b.claim.id }, data: { madeAt: day("2025-09-09") } });
    expect((await topicList("bridges", analyst))[0]).toEqual([b.claim.id, "2025-09-09"]);

    // Other filters still apply to a topic's list (the content row is joined for them).
    expect(await topicList("bridges", null, { from: "2025-05-01" })).toEqual([
      [a.claim.id, "2025-06-01"],
    ]);
    expect(await topicList("bridges", analyst, { to: "2025-02-01" })).toEqual([
      [a.claim.id, "2025-01-01"],
    ]);
  });
});
