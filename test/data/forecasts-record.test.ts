// recordForecast and the forecast listing, against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordForecast } from "@/lib/forecasts/record-forecast";
import { listForecastsForClaim } from "@/lib/forecasts/queries";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeClaim } from "@/test/support/workspace-factories";
import { expectAppError, makeUsers } from "@/test/support/factories";

let users: Record<Role, SessionUser>;

beforeAll(async () => {
  users = await makeUsers();
});

describe("recordForecast: who may", () => {
  it("refuses an anonymous caller with UNAUTHORIZED", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    await expectAppError(
      recordForecast.execute(null, { claimId: claim.id, probability: 60 }),
      "UNAUTHORIZED",
    );
    expect(await db.forecast.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("refuses a VIEWER with FORBIDDEN, whatever the input", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    await expectAppError(
      recordForecast.execute(users.VIEWER, { claimId: claim.id, probability: 60 }),
      "FORBIDDEN",
    );
    const refused = await expectAppError(
      recordForecast.execute(users.VIEWER, { claimId: claim.id, probability: 500 }),
      "FORBIDDEN",
    );
    expect(refused.fields).toBeUndefined();
    expect(await db.forecast.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it.each(["ANALYST", "EDITOR", "ADMIN"] as const)("lets an %s forecast, audited", async (role) => {
    const claim = await makeClaim(users.ANALYST.id);
    const result = await recordForecast.execute(users[role], {
      claimId: claim.id,
      probability: 70,
      rationale: "Crews are on site.",
    });
    expect(result).toMatchObject({ probability: 70, word: "likely" });
    const row = await db.forecast.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ authorId: users[role].id, probability: 70 });
    const audit = await db.auditEvent.findMany({
      where: { entityType: "Forecast", entityId: result.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "forecast.record", actorId: users[role].id });
  });
});

describe("recordForecast: bounds", () => {
  it.each([0, 100, 50.5, -3, "abc", "", "50.5", null, undefined, "1e1"])(
    "refuses %j with a field error, before the database sees it",
    async (probability) => {
      const claim = await makeClaim(users.ANALYST.id);
      const error = await expectAppError(
        recordForecast.execute(users.ANALYST, { claimId: claim.id, probability }),
        "INVALID",
      );
      expect(error.fields?.probability).toBe(
        "Enter the probability as a whole number from 1 to 99",
      );
      expect(await db.forecast.count({ where: { claimId: claim.id } })).toBe(0);
    },
  );

  it.each([1, 99, "42", " 7 "])("accepts %j", async (probability) => {
    const claim = await makeClaim(users.ANALYST.id);
    const result = await recordForecast.execute(users.ANALYST, { claimId: claim.id, probability });
    expect(result.probability).toBe(Number(probability));
  });

  it("is also held by the database's own CHECK", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    for (const probability of [0, 100]) {
      await expect(
        db.forecast.create({
          data: { claimId: claim.id, authorId: users.ANALYST.id, probability },
        }),
      ).rejects.toThrow();
    }
  });

  it("refuses a forecast on a resolved or retracted claim with CONFLICT", async () => {
    for (const data of [
      { outcomeStatus: "HELD" as const },
      { outcomeStatus: "UNRESOLVABLE" as const },
      { editorialStatus: "RETRACTED" as const },
    ]) {
      const claim = await makeClaim(users.ANALYST.id, { data });
      await expectAppError(
        recordForecast.execute(users.ANALYST, { claimId: claim.id, probability: 40 }),
        "CONFLICT",
      );
    }
    const stalled = await makeClaim(users.ANALYST.id, { data: { outcomeStatus: "STALLED" } });
    await recordForecast.execute(users.ANALYST, { claimId: stalled.id, probability: 40 });
  });
});

describe("forecast history", () => {
  it("keeps every update; the latest per analyst is current, history newest first", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    await recordForecast.execute(users.ANALYST, { claimId: claim.id, probability: 30 });
    await recordForecast.execute(users.EDITOR, { claimId: claim.id, probability: 90 });
    await recordForecast.execute(users.ANALYST, { claimId: claim.id, probability: 65 });

    expect(await db.forecast.count({ where: { claimId: claim.id } })).toBe(3);
    const data = await listForecastsForClaim(claim.id, "internal");
    expect(data).toMatchObject({ visible: true, open: true, meanBrier: null, scoredCount: 0 });
    const analyst = data.analysts.find((a) => a.author.id === users.ANALYST.id);
    expect(analyst?.current).toMatchObject({ probability: 65, word: "likely", brier: null });
    expect(analyst?.history.map((f) => [f.probability, f.word])).toEqual([
      [65, "likely"],
      [30, "unlikely"],
    ]);
    const editor = data.analysts.find((a) => a.author.id === users.EDITOR.id);
    expect(editor?.history.map((f) => f.word)).toEqual(["very likely"]);
  });

  it("shows the public nothing until the public outcome is HELD or NOT_HELD", async () => {
    const claim = await makeClaim(users.ANALYST.id, { published: true });
    // No resolve-by date: forecasts made today are not made after the fact, so they score.
    await db.claimRevision.updateMany({ where: { claimId: claim.id }, data: { resolveBy: null } });
    await db.claim.update({ where: { id: claim.id }, data: { resolveBy: null } });
    await recordForecast.execute(users.ANALYST, { claimId: claim.id, probability: 70 });
    await recordForecast.execute(users.EDITOR, { claimId: claim.id, probability: 20 });

    const hidden = await listForecastsForClaim(claim.id, "public");
    expect(hidden).toMatchObject({ visible: false, analysts: [], meanBrier: null });

    // The working outcome alone does not reveal them: it has not been approved.
    await db.claim.update({ where: { id: claim.id }, data: { outcomeStatus: "HELD" } });
    expect((await listForecastsForClaim(claim.id, "public")).visible).toBe(false);

    for (const status of ["PARTIALLY_HELD", "UNRESOLVABLE"] as const) {
      await db.claim.update({ where: { id: claim.id }, data: { publicOutcomeStatus: status } });
      expect((await listForecastsForClaim(claim.id, "public")).visible).toBe(false);
    }

    await db.claim.update({ where: { id: claim.id }, data: { publicOutcomeStatus: "HELD" } });
    const shown = await listForecastsForClaim(claim.id, "public");
    expect(shown.visible).toBe(true);
    const brier = Object.fromEntries(
      shown.analysts.map((a) => [a.author.id, a.current.brier ?? Number.NaN]),
    );
    expect(brier[users.ANALYST.id]).toBeCloseTo(0.09, 10);
    expect(brier[users.EDITOR.id]).toBeCloseTo(0.64, 10);
    expect(shown.meanBrier).toBeCloseTo(0.365, 10);
    expect(shown.scoredCount).toBe(2);
  });

  it("does not list an unpublished claim's forecasts to the public", async () => {
    const claim = await makeClaim(users.ANALYST.id, {
      data: { outcomeStatus: "NOT_HELD", publicOutcomeStatus: "NOT_HELD" },
    });
    await expect(listForecastsForClaim(claim.id, "public")).rejects.toThrow(/not found/);
  });
});
