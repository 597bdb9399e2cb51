import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { createCitation } from "@/lib/citations/create-citation";
import { addSource } from "@/lib/sources/add-source";
import { getSource, listSources } from "@/lib/sources/queries";
import { makeClaim, sourceInput } from "@/test/support/sources-factories";
import { expectAppError, makeUser, tag } from "@/test/support/factories";

let analyst: SessionUser;
let viewer: SessionUser;
const run = tag();

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
  viewer = await makeUser("VIEWER");
  await addSource(
    analyst,
    sourceInput({
      title: `Kyiv talks ${run}`,
      outlet: "Daily Planet",
      kind: "NEWS_ARTICLE",
      reliability: "B",
    }),
  );
  await addSource(
    analyst,
    sourceInput({
      title: `Ministry statement ${run}`,
      outlet: "Ministry",
      author: "Press Office",
      kind: "OFFICIAL_STATEMENT",
      reliability: "A",
    }),
  );
  await addSource(
    analyst,
    sourceInput({
      url: `https://social.example.test/${run}/post`,
      title: `A post ${run}`,
      author: null,
      outlet: null,
      kind: "SOCIAL_MEDIA_POST",
      reliability: "E",
    }),
  );
});

describe("the source library", () => {
  it("is for signed-in members only", async () => {
    await expectAppError(listSources(null, {}), "UNAUTHORIZED");
    const source = await db.source.findFirstOrThrow();
    await expectAppError(getSource(null, source.id), "UNAUTHORIZED");
    expect((await listSources(viewer, {})).total).toBeGreaterThanOrEqual(3);
  });

  it("searches title, outlet, URL and author, case-insensitively", async () => {
    const titles = async (q: string) =>
      (await listSources(viewer, { q })).items.map((s) => s.title);
    expect(await titles(`KYIV TALKS ${run}`)).toEqual([`Kyiv talks ${run}`]);
    expect(await titles("daily planet")).toContain(`Kyiv talks ${run}`);
    expect(await titles(`social.example.test/${run}`)).toEqual([`A post ${run}`]);
    expect(await titles("press office")).toContain(`Ministry statement ${run}`);
    expect(await titles(`nothing-like-this-${run}`)).toEqual([]);
  });

  it("finds every word in any field and any order, not only words side by side", async () => {
    const titles = async (q: string) =>
      (await listSources(viewer, { q })).items.map((s) => s.title);
    expect(await titles(`talks Kyiv ${run}`)).toEqual([`Kyiv talks ${run}`]);
    expect(await titles(`${run} planet`)).toEqual([`Kyiv talks ${run}`]);
    expect(await titles(`statement office ${run}`)).toEqual([`Ministry statement ${run}`]);
    // Every word must match somewhere: one that matches nothing empties the list.
    expect(await titles(`Kyiv ${run} nowhere-${run}`)).toEqual([]);
  });

  it("filters by kind and reliability, and pages", async () => {
    const q = run;
    expect(
      (await listSources(viewer, { q, kind: "OFFICIAL_STATEMENT" })).items.map(
        (s) => s.reliability,
      ),
    ).toEqual(["A"]);
    expect((await listSources(viewer, { q, reliability: "E" })).items.map((s) => s.kind)).toEqual([
      "SOCIAL_MEDIA_POST",
    ]);
    const first = await listSources(viewer, { q, page: 1, pageSize: 2 });
    const second = await listSources(viewer, { q, page: 2, pageSize: 2 });
    expect(first.total).toBe(3);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(new Set([...first.items, ...second.items].map((s) => s.id)).size).toBe(3);
    expect(first.items[0]).not.toHaveProperty("capturedText");
  });

  it("shows a source with its captured copy and the claims citing it", async () => {
    const { id } = await addSource(analyst, sourceInput());
    const claimId = await makeClaim(analyst, `Cited claim ${run}`);
    await createCitation.execute(analyst, {
      claimId,
      sourceId: id,
      quote: "strong guarantees",
      credibility: "2",
    });
    const detail = await getSource(viewer, id);
    expect(detail.capturedText).toContain("senior US official");
    expect(detail.capturedSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(detail.citationCount).toBe(1);
    expect(detail.createdBy.id).toBe(analyst.id);
    expect(detail.citingClaims).toEqual([
      expect.objectContaining({
        id: claimId,
        statement: `Cited claim ${run}`,
        editorialStatus: "DRAFT",
      }),
    ]);
  });

  it("answers NOT_FOUND for unknown and malformed ids", async () => {
    await expectAppError(getSource(viewer, "00000000-0000-4000-8000-000000000000"), "NOT_FOUND");
    await expectAppError(getSource(viewer, "not-an-id"), "NOT_FOUND");
  });
});
