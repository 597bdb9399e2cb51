// Analytic confidence (ICD 203) on forecasts: optional, validated, kept apart from the word.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordForecast } from "@/lib/forecasts/record-forecast";
import { listForecastsForClaim } from "@/lib/forecasts/queries";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeClaim } from "@/test/support/workspace-factories";
import { expectAppError, makeUser } from "@/test/support/factories";

let analyst: SessionUser;

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
});

describe("forecast confidence", () => {
  it("is stored and listed beside the estimative word, which it does not change", async () => {
    const claim = await makeClaim(analyst.id);
    const result = await recordForecast.execute(analyst, {
      claimId: claim.id,
      probability: 70,
      confidence: "MODERATE",
    });
    expect(result).toMatchObject({ probability: 70, word: "likely", confidence: "MODERATE" });
    const listed = await listForecastsForClaim(claim.id, "internal");
    expect(listed.analysts[0]?.current).toMatchObject({ word: "likely", confidence: "MODERATE" });
  });

  it.each(["", null, undefined])("is optional: %j records none", async (confidence) => {
    const claim = await makeClaim(analyst.id);
    const result = await recordForecast.execute(analyst, {
      claimId: claim.id,
      probability: 40,
      confidence,
    });
    expect(result.confidence).toBeNull();
  });

  it.each(["VERY_HIGH", "low", 3])("refuses %j with a field error", async (confidence) => {
    const claim = await makeClaim(analyst.id);
    const error = await expectAppError(
      recordForecast.execute(analyst, { claimId: claim.id, probability: 40, confidence }),
      "INVALID",
    );
    expect(error.fields?.confidence).toBe("Choose Low, Moderate or High, or leave it empty");
    expect(await db.forecast.count({ where: { claimId: claim.id } })).toBe(0);
  });
});
