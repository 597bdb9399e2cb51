// Versioned captures: a re-capture adds a version only when the text changed, every citation
// is re-checked against it, captures never change, and the public sees a source only through
// a published claim, without its text.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addSource } from "@/lib/sources/add-source";
import { recaptureSource } from "@/lib/sources/recapture-source";
import { getPublicSource } from "@/lib/sources/public-source";
import { listMissingQuotes } from "@/lib/sources/list-missing-quotes";
import { listCitationsForClaim } from "@/lib/citations/queries";
import { readCaptureHistory } from "@/lib/sources/captures";
import { expectAppError } from "@/test/support/factories";
import {
  cite,
  draftClaim,
  makeActorNamed,
  makeTeam,
  publish,
  type Team,
} from "@/test/support/public-factories";
import { sourceInput } from "@/test/support/sources-factories";

const V1 = [
  "The minister said the deal was “very close” on Monday.",
  "Officials expect a signing ceremony in Geneva next week.",
  "In a separate statement released late on Monday evening, critics called the plan premature.",
].join("\n");
// The first quote's context changes, the second sentence is gone, the third is untouched.
const V2 = [
  "On Tuesday the minister said the deal was “very close”, according to aides.",
  "In a separate statement released late on Monday evening, critics called the plan premature.",
].join("\n");

let team: Team;
beforeAll(async () => {
  team = await makeTeam();
});

async function citedSource() {
  const { id: sourceId } = await addSource(team.analyst, sourceInput({ capturedText: V1 }));
  const actor = await makeActorNamed(team, "A minister");
  const claimId = await draftClaim(team, actor.id);
  await cite(team, claimId, sourceId, "the deal was “very close”");
  await cite(team, claimId, sourceId, "a signing ceremony in Geneva next week");
  await cite(team, claimId, sourceId, "critics called the plan premature");
  return { sourceId, claimId };
}

describe("re-capturing a source", () => {
  it("only records the check time when the text is unchanged", async () => {
    const { sourceId } = await citedSource();
    const before = await db.sourceCapture.findFirstOrThrow({ where: { sourceId } });
    const result = await recaptureSource.execute(team.analyst, { id: sourceId, capturedText: V1 });
    expect(result).toEqual({ outcome: "unchanged", captureNumber: 1 });
    const after = await db.sourceCapture.findMany({ where: { sourceId } });
    expect(after).toHaveLength(1);
    expect(after[0]?.lastCheckedAt.getTime()).toBeGreaterThan(before.lastCheckedAt.getTime());
    expect(after[0]?.text).toBe(V1);
  });

  it("adds a version for a changed text and re-checks every citation", async () => {
    const { sourceId, claimId } = await citedSource();
    const result = await recaptureSource.execute(team.analyst, {
      id: sourceId,
      capturedText: V2,
      captureMethod: "FETCHED",
    });
    expect(result).toMatchObject({ outcome: "changed", captureNumber: 2 });
    const citations = await db.citation.findMany({
      where: { claimId },
      orderBy: { createdAt: "asc" },
      include: { lastFoundCapture: true },
    });
    expect(citations.map((c) => c.captureCheck)).toEqual(["MOVED", "MISSING", "FOUND"]);
    expect(citations.map((c) => c.lastFoundCapture?.number)).toEqual([2, 1, 2]);

    const history = await readCaptureHistory(sourceId);
    expect(history.captures.map((c) => [c.number, c.method])).toEqual([
      [1, "PASTED"],
      [2, "FETCHED"],
    ]);
    expect(history.changedAt).toBe(history.captures[1]?.capturedAt);
    const source = await db.source.findUniqueOrThrow({ where: { id: sourceId } });
    expect(source.capturedText).toBe(V2);
    // The first capture is untouched.
    const first = await db.sourceCapture.findFirstOrThrow({ where: { sourceId, number: 1 } });
    expect(first.text).toBe(V1);

    // Each citation carries its re-check, in the pages and the API alike.
    const checks = (await listCitationsForClaim(claimId, "internal")).map((c) => c.captureCheck);
    const missing = checks.find((c) => c?.check === "MISSING");
    expect(missing?.lastFoundAt).toBe(first.capturedAt.toISOString());
    expect(checks.every((c) => c !== null)).toBe(true);
    const dashboard = await listMissingQuotes(team.analyst);
    expect(dashboard.map((q) => q.exact)).toContain("a signing ceremony in Geneva next week");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: sourceId, action: "source.capture" },
    });
    expect(event.after).toMatchObject({ captureNumber: 2, method: "FETCHED" });
  });

  it("offers re-capture for an existing address instead of dropping the text", async () => {
    const input = sourceInput({ capturedText: V1 });
    const first = await addSource(team.analyst, input);
    const offered = await addSource(team.analyst, { ...input, capturedText: V2 });
    expect(offered).toEqual({ id: first.id, existing: true });
    expect(await db.sourceCapture.count({ where: { sourceId: first.id } })).toBe(1);
    const taken = await addSource(
      team.analyst,
      { ...input, capturedText: V2 },
      { recapture: true },
    );
    expect(taken.recapture).toMatchObject({ outcome: "changed", captureNumber: 2 });
  });

  it("refuses viewers and unknown sources", async () => {
    const { sourceId } = await citedSource();
    const viewer = await db.user.create({
      data: { email: `viewer-${sourceId}@captures.test`, name: "Viewer", role: "VIEWER" },
    });
    await expectAppError(
      recaptureSource.execute({ ...viewer, role: "VIEWER" }, { id: sourceId, capturedText: V2 }),
      "FORBIDDEN",
    );
    await expectAppError(
      recaptureSource.execute(team.analyst, {
        id: "00000000-0000-4000-8000-000000000000",
        capturedText: V2,
      }),
      "NOT_FOUND",
    );
  });

  it("never lets a capture be changed or removed, whoever asks", async () => {
    const { sourceId } = await citedSource();
    const capture = await db.sourceCapture.findFirstOrThrow({ where: { sourceId } });
    await expect(
      db.$executeRaw`UPDATE "SourceCapture" SET "text" = 'forged' WHERE "id" = ${capture.id}::uuid`,
    ).rejects.toThrow(/never changed or removed/);
    await expect(
      db.$executeRaw`DELETE FROM "SourceCapture" WHERE "id" = ${capture.id}::uuid`,
    ).rejects.toThrow(/never changed or removed/);
    expect((await db.sourceCapture.findUniqueOrThrow({ where: { id: capture.id } })).text).toBe(V1);
  });
});

describe("the public reading of a source", () => {
  it("exists only through a published claim, and never carries the captured text", async () => {
    const { sourceId, claimId } = await citedSource();
    expect(await getPublicSource(sourceId)).toBeNull();
    await publish(team, claimId);
    const source = await getPublicSource(sourceId);
    expect(source).toMatchObject({ id: sourceId, reliability: "B", kind: "NEWS_ARTICLE" });
    expect(source?.citingClaims.map((c) => c.quote.exact)).toContain(
      "critics called the plan premature",
    );
    expect(source?.captures).toHaveLength(1);
    expect(JSON.stringify(source)).not.toContain("next week.\\nIn a separate");
    expect(source).not.toHaveProperty("capturedText");
    expect(await getPublicSource("not-a-uuid")).toBeNull();
  });
});
