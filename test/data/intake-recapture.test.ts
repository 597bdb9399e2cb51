// Intake of an address already in the library: the pasted text is compared with the latest
// capture, and on request becomes a new capture (citations re-checked) instead of being
// dropped; the same text only records a check.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { createIntake } from "@/lib/intake/create-intake";
import type { TIntakeInput } from "@/lib/intake/schemas";
import { findStoredSource } from "@/lib/sources/stored-source";
import { sha256Hex } from "@/lib/sources/capture";
import { expectAppError, makeUser, tag } from "@/test/support/factories";

const seed = readFileSync("prisma/seed/seed-article.txt", "utf8");
const PROMISE =
  "We hope to reach an agreement that brings us closer to peace by the end of this day.";
// The outlet silently drops Umerov's second sentence.
const edited = seed.replace(` ${PROMISE}`, "");
const ARTICLE5 = "The agreement includes truly strong guarantees, similar to Article 5";

let analyst: SessionUser;

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
});

function intake(url: string, text: string, quote: string, recapture?: boolean): TIntakeInput {
  return {
    source: { url, title: "Security guarantees", text, ...(recapture ? { recapture } : {}) },
    items: [{ form: "DIRECT", quote, newClaimant: { name: `Speaker ${tag()}`, kind: "PERSON" } }],
  };
}

const captures = (sourceId: string) =>
  db.sourceCapture.findMany({ where: { sourceId }, orderBy: { number: "asc" } });

describe("intake of a stored address", () => {
  it("stores a new source's text as capture 1", async () => {
    const url = `https://news.example.test/${tag()}`;
    const result = await createIntake.execute(analyst, intake(url, seed, PROMISE));
    expect(result).toMatchObject({ sourceCreated: true, storedTextDiffers: false });
    const [first, ...rest] = await captures(result.sourceId);
    expect(rest).toHaveLength(0);
    expect(first).toMatchObject({
      number: 1,
      text: seed,
      sha256: sha256Hex(seed),
      method: "PASTED",
    });
  });

  it("says whether the pasted text matches the latest capture, to analysts only", async () => {
    const url = `https://news.example.test/${tag()}`;
    const { sourceId } = await createIntake.execute(analyst, intake(url, seed, PROMISE));
    expect(await findStoredSource(analyst, `${url}#top`, seed)).toMatchObject({
      id: sourceId,
      latestCapture: { number: 1, sha256: sha256Hex(seed) },
      sameText: true,
    });
    expect(await findStoredSource(analyst, url, seed.replace(/\n/g, "\r\n"))).toMatchObject({
      sameText: true,
    });
    expect((await findStoredSource(analyst, url, edited))?.sameText).toBe(false);
    expect(await findStoredSource(analyst, `https://news.example.test/${tag()}`, seed)).toBe(null);
    await expectAppError(findStoredSource(await makeUser("VIEWER"), url, seed), "FORBIDDEN");
    await expectAppError(findStoredSource(null, url, seed), "UNAUTHORIZED");
  });

  it("keeps the stored capture unless asked, and says the text differs", async () => {
    const url = `https://news.example.test/${tag()}`;
    const { sourceId } = await createIntake.execute(analyst, intake(url, seed, PROMISE));
    const result = await createIntake.execute(analyst, intake(url, edited, ARTICLE5));
    expect(result).toMatchObject({ sourceId, sourceCreated: false, storedTextDiffers: true });
    expect(result.recapture).toBeUndefined();
    expect(await captures(sourceId)).toHaveLength(1);
    const source = await db.source.findUniqueOrThrow({ where: { id: sourceId } });
    expect(source.capturedText).toBe(seed);
  });

  it("records a changed text as capture 2 and flags the quote it no longer holds", async () => {
    const url = `https://news.example.test/${tag()}`;
    const first = await createIntake.execute(analyst, intake(url, seed, PROMISE));
    const promiseCitation = first.items[0]?.citationId;

    const result = await createIntake.execute(analyst, intake(url, edited, ARTICLE5, true));
    expect(result).toMatchObject({ sourceCreated: false, storedTextDiffers: true });
    expect(result.recapture).toMatchObject({ outcome: "changed", captureNumber: 2 });
    expect(result.recapture?.outcome === "changed" && result.recapture.checks).toEqual([
      { citationId: promiseCitation, check: "MISSING" },
    ]);
    const [one, two] = await captures(first.sourceId);
    expect(one?.text).toBe(seed);
    expect(two).toMatchObject({ number: 2, text: edited, sha256: sha256Hex(edited) });
    const flagged = await db.citation.findUniqueOrThrow({ where: { id: promiseCitation } });
    expect(flagged).toMatchObject({ captureCheck: "MISSING", lastFoundCaptureId: one?.id });
    // The new quote is anchored in the new capture.
    const added = await db.citation.findUniqueOrThrow({
      where: { id: result.items[0]?.citationId },
    });
    expect(added.foundInCapture).toBe(true);
    const events = await db.auditEvent.findMany({
      where: { entityId: first.sourceId },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual([
      "source.create",
      "intake.create",
      "source.capture",
      "intake.create",
    ]);

    // The same text again: only the check time moves.
    const before = two?.lastCheckedAt.getTime() ?? 0;
    const again = await createIntake.execute(analyst, intake(url, edited, ARTICLE5, true));
    expect(again.recapture).toEqual({ outcome: "unchanged", captureNumber: 2 });
    expect(again.storedTextDiffers).toBe(false);
    const after = await captures(first.sourceId);
    expect(after).toHaveLength(2);
    expect(after[1]?.lastCheckedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(after[1]?.text).toBe(edited);
  });
});
