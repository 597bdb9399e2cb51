import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordSpellings } from "@/lib/actors/record-spellings";
import { previewCandidates, type CandidateView } from "@/lib/intake/preview-candidates";
import { createIntake } from "@/lib/intake/create-intake";
import type { TIntakeInput } from "@/lib/intake/schemas";
import { expectAppError, makeUser, tag } from "@/test/support/factories";

const seed = readFileSync("prisma/seed/seed-article.txt", "utf8");
let analyst: SessionUser;
let umerovId: string;

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
  const umerov = await db.actor.create({ data: { name: "Rustem Umerov", kind: "PERSON" } });
  await db.$transaction((tx) => recordSpellings(tx, umerov.id, ["Rustem Umerov"]));
  umerovId = umerov.id;
  // A different person with a similar name must not be taken for him.
  await db.actor.create({ data: { name: "Rustam Petrov", kind: "PERSON" } });
});

const article = (url = `https://news.example.test/${tag()}`) => ({
  text: seed,
  url,
  title: "Security guarantees for Ukraine similar to NATO",
  outlet: "Example News",
  publishedAt: "2025-12-15",
});

/** The intake an analyst makes after ticking every candidate as the preview proposed. */
function intakeOf(candidates: CandidateView[], source: ReturnType<typeof article>): TIntakeInput {
  return {
    source,
    items: candidates.map((c) => ({
      form: c.form,
      quote: c.quote,
      existingClaimId: c.existingClaimId,
      claimantId: c.speaker.actorId,
      newClaimant: c.speaker.actorId
        ? null
        : { name: c.speaker.name, kind: c.speaker.kind, affiliation: c.speaker.affiliation },
      claimantRole: c.speaker.role,
      kind: c.kind,
      resolveBy: c.resolveBy,
    })),
  };
}

describe("intake preview", () => {
  it("refuses the anonymous and viewers", async () => {
    await expectAppError(previewCandidates(null, article()), "UNAUTHORIZED");
    await expectAppError(previewCandidates(await makeUser("VIEWER"), article()), "FORBIDDEN");
  });

  it("names the bad field", async () => {
    const error = await expectAppError(
      previewCandidates(analyst, {
        ...article(),
        text: "  ",
        url: "ftp://x",
        publishedAt: "2025-13-40",
      }),
      "INVALID",
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["publishedAt", "text", "url"]);
  });

  it("matches Rustam Umarov to the actor Rustem Umerov, and stores nothing", async () => {
    const before = await db.source.count();
    const { candidates } = await previewCandidates(analyst, article());
    const umerov = candidates.filter((c) => c.speaker.name === "Rustam Umarov");
    expect(umerov.length).toBeGreaterThanOrEqual(2);
    expect(
      umerov.every(
        (c) => c.speaker.actorId === umerovId && c.speaker.actorName === "Rustem Umerov",
      ),
    ).toBe(true);
    const official = candidates.find((c) => c.quote.includes("Article 5"));
    expect(official?.speaker).toMatchObject({
      name: "senior US official",
      anonymous: true,
      actorId: null,
    });
    for (const c of candidates) expect(c.quote).toBe(seed.slice(c.start, c.end));
    expect(await db.source.count()).toBe(before);
  });
});

describe("creating an intake", () => {
  it("creates the source, drafts and anchored citations with audit events, once", async () => {
    const source = article();
    const { candidates } = await previewCandidates(analyst, source);
    const input = intakeOf(candidates, source);
    const first = await createIntake.execute(analyst, input);
    expect(first.sourceCreated).toBe(true);
    expect(first.items.every((i) => i.created && i.newClaim)).toBe(true);

    const stored = await db.source.findUniqueOrThrow({ where: { id: first.sourceId } });
    expect(stored.capturedText).toBe(seed);
    expect(stored.capturedSha256).toMatch(/^[0-9a-f]{64}$/);
    const citations = await db.citation.findMany({
      where: { sourceId: first.sourceId },
      include: { claim: true },
    });
    expect(citations).toHaveLength(candidates.length);
    for (const c of citations) {
      expect(c.foundInCapture).toBe(true);
      expect(c.claim.editorialStatus).toBe("DRAFT");
    }
    const prediction = citations.find((c) => c.exact.startsWith("We hope to reach"));
    expect(prediction?.claim).toMatchObject({
      kind: "PREDICTION",
      claimantId: umerovId,
      isVerbatim: true,
    });
    expect(prediction?.claim.resolveBy?.toISOString().slice(0, 10)).toBe("2025-12-15");
    const events = await db.auditEvent.findMany({
      where: { entityId: { in: [first.sourceId, ...citations.map((c) => c.claimId)] } },
    });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["source.create", "intake.create", "claim.create"]),
    );

    // Pressed again: nothing new, the same records come back.
    const counts = async () => [
      await db.claim.count(),
      await db.citation.count(),
      await db.actor.count(),
      await db.source.count(),
    ];
    const before = await counts();
    const again = await createIntake.execute(analyst, input);
    expect(await counts()).toEqual(before);
    expect(again.sourceId).toBe(first.sourceId);
    expect(again.items.map((i) => i.claimId)).toEqual(first.items.map((i) => i.claimId));
    expect(again.items.every((i) => !i.created)).toBe(true);
  });

  it("pressed twice at once still creates everything once", async () => {
    const source = article();
    const { candidates } = await previewCandidates(analyst, source);
    const input = intakeOf(candidates.slice(0, 2), source);
    const [a, b] = await Promise.all([
      createIntake.execute(analyst, input),
      createIntake.execute(analyst, input),
    ]);
    expect(a.sourceId).toBe(b.sourceId);
    expect(await db.citation.count({ where: { sourceId: a.sourceId } })).toBe(2);
  });

  it("offers the existing claim for a repeated quote and adds the source as its citation", async () => {
    const original = article();
    const firstRun = await previewCandidates(analyst, original);
    const created = await createIntake.execute(analyst, intakeOf(firstRun.candidates, original));
    const article5 =
      created.items[firstRun.candidates.findIndex((c) => c.quote.includes("Article 5"))];

    // A second outlet repeats the official's words.
    const repeat = {
      ...article(),
      text: `A senior US official told reporters: “The agreement includes truly strong guarantees, similar to Article 5 of the NATO treaty, as well as a very strong deterrent through the provision of advanced weaponry to Ukraine.”`,
    };
    const { candidates } = await previewCandidates(analyst, repeat);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.existingClaimId).toBe(article5?.claimId);
    // The offer names the claim: its statement and claimant, as stored.
    const stored = await db.claim.findUniqueOrThrow({
      where: { id: article5?.claimId },
      include: { claimant: true },
    });
    expect(candidates[0]?.existingClaim).toEqual({
      id: stored.id,
      statement: stored.statement,
      claimantName: stored.claimant.name,
    });

    const claimsBefore = await db.claim.count();
    const citationsBefore = await db.citation.count({ where: { claimId: article5?.claimId } });
    const result = await createIntake.execute(analyst, intakeOf(candidates, repeat));
    expect(await db.claim.count()).toBe(claimsBefore);
    expect(result.items[0]).toMatchObject({
      claimId: article5?.claimId,
      created: true,
      newClaim: false,
    });
    expect(await db.citation.count({ where: { claimId: article5?.claimId } })).toBe(
      citationsBefore + 1,
    );
  });

  it("commits nothing when one item is refused", async () => {
    const source = article();
    const { candidates } = await previewCandidates(analyst, source);
    const input = intakeOf(candidates.slice(0, 2), source);
    const items = input.items;
    items.push({
      ...items[0],
      form: "DIRECT",
      quote: "Another passage entirely",
      existingClaimId: null,
      claimantId: "6f1d2c1e-8a1b-4c3d-9e8f-0a1b2c3d4e5f",
      newClaimant: null,
    });
    const error = await expectAppError(createIntake.execute(analyst, input), "INVALID");
    expect(Object.keys(error.fields ?? {})).toEqual(["items.2.claimantId"]);
    expect(await db.source.count({ where: { url: source.url } })).toBe(0);
  });

  it("refuses viewers and writes nothing", async () => {
    const source = article();
    const input: TIntakeInput = {
      source,
      items: [
        { form: "DIRECT", quote: "strong guarantees", newClaimant: { name: "X", kind: "PERSON" } },
      ],
    };
    await expectAppError(createIntake.execute(await makeUser("VIEWER"), input), "FORBIDDEN");
    await expectAppError(createIntake.execute(null, input), "UNAUTHORIZED");
    expect(await db.source.count({ where: { url: source.url } })).toBe(0);
  });
});
