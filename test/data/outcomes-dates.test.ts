// Dates that cannot be true are refused, and the current outcome is the latest approved entry
// by the date it happened, ties broken by approval order. Real PostgreSQL, real use cases.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claims/create-claim";
import { createSource } from "@/lib/sources/create-source";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { currentOutcomeStatus } from "@/lib/outcomes/current-outcome";
import { isoDate, utcToday } from "@/lib/forms/fields";
import { updateClaim } from "@/lib/claims/update-claim";
import { claimInput, expectAppError, makeActor, makeUser, tag } from "@/test/support/factories";
import {
  draftClaim,
  makeActorNamed,
  makeTeam,
  publish,
  recordOutcomeOf,
  type Team,
} from "@/test/support/public-factories";

let team: Team;
let actorId: string;
const today = isoDate(utcToday());

beforeAll(async () => {
  team = await makeTeam();
  actorId = (await makeActorNamed(team, `Claimant ${tag()}`)).id;
});

async function claimState(id: string) {
  return db.claim.findUniqueOrThrow({
    where: { id },
    select: { outcomeStatus: true, publicOutcomeStatus: true },
  });
}

describe("dates that cannot be true", () => {
  it("refuses an outcome dated 2030 with a field error, and writes nothing", async () => {
    const claimId = await draftClaim(team, actorId);
    const before = await db.outcomeUpdate.count({ where: { claimId } });
    const refused = await expectAppError(
      recordOutcomeOf(team, claimId, "HELD", "Signed.", "2030-01-01"),
      "INVALID",
    );
    expect(refused.fields?.occurredAt).toMatch(
      /^The date it happened cannot be in the future: the latest accepted is \d{4}-\d{2}-\d{2}, today's date in UTC plus 1 day for time zones$/,
    );
    expect(await db.outcomeUpdate.count({ where: { claimId } })).toBe(before);
  });

  it("refuses an outcome dated before the claim was made, on occurredAt", async () => {
    const claimId = await draftClaim(team, actorId, { madeAt: "2025-12-15" });
    const refused = await expectAppError(
      recordOutcomeOf(team, claimId, "HELD", "Signed.", "2025-12-14"),
      "INVALID",
    );
    expect(refused.fields).toEqual({
      occurredAt: "The date it happened cannot be before the claim was made (2025-12-15)",
    });
    // The same day is fine.
    await recordOutcomeOf(team, claimId, "HELD", "Signed the same day.", "2025-12-15");
  });

  it("refuses a claim made on 9999-12-31, or in the future, on madeAt", async () => {
    const input = { statement: "Peace by Friday.", claimantId: actorId, kind: "PREDICTION" };
    for (const madeAt of ["9999-12-31", "0000-01-01", "2099-06-01"]) {
      const refused = await expectAppError(
        createClaim.execute(team.analyst, { ...input, madeAt }),
        "INVALID",
      );
      expect(Object.keys(refused.fields ?? {})).toEqual(["madeAt"]);
    }
    await createClaim.execute(team.analyst, { ...input, madeAt: today, resolveBy: "2099-06-01" });
  });

  it("refuses a source published in 2099, on publishedAt", async () => {
    const input = {
      url: `https://news.example.test/${tag()}`,
      title: "A report",
      kind: "NEWS_ARTICLE",
      capturedText: "Peace by Friday.",
    };
    const refused = await expectAppError(
      createSource.execute(team.analyst, { ...input, publishedAt: "2099-01-01" }),
      "INVALID",
    );
    expect(refused.fields?.publishedAt).toContain("cannot be in the future");
    await createSource.execute(team.analyst, { ...input, publishedAt: today });
  });
});

describe("the current outcome", () => {
  it("is the latest entry by date, not the latest recorded (a HELD entry dated today)", async () => {
    const claimId = await draftClaim(team, actorId);
    await recordOutcomeOf(team, claimId, "HELD", "Signed today.", today);
    await publish(team, claimId);
    // Recorded later, but about something that happened earlier.
    await recordOutcomeOf(team, claimId, "IN_PROGRESS", "Talks went on.", "2026-01-20");
    await publish(team, claimId);
    expect(await claimState(claimId)).toEqual({
      outcomeStatus: "HELD",
      publicOutcomeStatus: "HELD",
    });
  });

  it("breaks a tie of dates by approval order, in both readings", async () => {
    const claimId = await draftClaim(team, actorId);
    await publish(team, claimId);
    const { analyst } = team;
    const at = (iso: string) => new Date(iso);
    const entry = (status: "HELD" | "NOT_HELD", createdAt: string, publishedAt: string) => ({
      claimId,
      status,
      note: `${status} on the same day.`,
      occurredAt: at("2026-03-01"),
      createdById: analyst.id,
      createdAt: at(createdAt),
      publishedAt: at(publishedAt),
    });
    // Recorded first, approved last: approval order, not recording order, decides.
    await db.outcomeUpdate.create({
      data: entry("HELD", "2026-03-02T09:00:00Z", "2026-03-05T09:00:00Z"),
    });
    await db.outcomeUpdate.create({
      data: entry("NOT_HELD", "2026-03-03T09:00:00Z", "2026-03-04T09:00:00Z"),
    });
    // An older-dated entry through review makes the approval recompute the public outcome.
    await recordOutcomeOf(team, claimId, "IN_PROGRESS", "Earlier news.", "2026-02-01");
    expect((await claimState(claimId)).outcomeStatus).toBe("HELD");
    await publish(team, claimId);
    expect(await claimState(claimId)).toEqual({
      outcomeStatus: "HELD",
      publicOutcomeStatus: "HELD",
    });
    expect(await currentOutcomeStatus(db, claimId, "public")).toBe("HELD");
  });

  it("leaves out a corrected entry publicly too, once the correction is approved", async () => {
    const claimId = await draftClaim(team, actorId);
    const wrong = await recordOutcomeOf(team, claimId, "HELD", "Signed (wrong).", "2026-06-10");
    await publish(team, claimId);
    // The correction fixes the status and the date of the mistake.
    await recordOutcome.execute(team.analyst, {
      claimId,
      status: "NOT_HELD",
      note: "Not signed after all.",
      occurredAt: "2026-06-05",
      correctsId: wrong.id,
      sourceIds: [],
    });
    expect(await claimState(claimId)).toEqual({
      outcomeStatus: "NOT_HELD",
      publicOutcomeStatus: "HELD",
    });
    await publish(team, claimId);
    expect(await claimState(claimId)).toEqual({
      outcomeStatus: "NOT_HELD",
      publicOutcomeStatus: "NOT_HELD",
    });
  });
});

describe("a claim's date and its outcome timeline", () => {
  it("refuses moving the claim's date after an outcome already on its timeline", async () => {
    const analyst = await makeUser("ANALYST");
    const actor = await makeActor();
    const { id } = await createClaim.execute(
      analyst,
      claimInput(actor.id, { madeAt: "2025-12-15" }),
    );
    await recordOutcome.execute(analyst, {
      claimId: id,
      status: "IN_PROGRESS",
      occurredAt: "2026-01-10",
      note: "Work started.",
      sourceIds: [],
    });
    const error = await expectAppError(
      updateClaim.execute(analyst, { id, version: 1, madeAt: "2026-02-01", resolveBy: null }),
      "INVALID",
    );
    expect(error.fields).toEqual({
      madeAt: "The claim cannot be dated after its outcome timeline starts (2026-01-10)",
    });
    await updateClaim.execute(analyst, { id, version: 1, madeAt: "2026-01-10" });
  });
});
