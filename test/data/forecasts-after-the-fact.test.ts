// Forecasts made after the fact (lib/forecasts/after-the-fact.ts) are kept and shown,
// marked, and never scored. Real PostgreSQL, real use cases; forecasts made "earlier" are
// rows with an earlier createdAt, as the app would have written them then.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordForecast } from "@/lib/forecasts/record-forecast";
import { listForecastsForClaim } from "@/lib/forecasts/queries";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { isoDate, utcToday } from "@/lib/forms/fields";
import {
  draftClaim,
  makeActorNamed,
  makeTeam,
  publish,
  recordOutcomeOf,
  type Team,
} from "@/test/support/public-factories";
import { tag } from "@/test/support/factories";

let team: Team;
let actorId: string;
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(utcToday().getTime() - n * DAY);

beforeAll(async () => {
  team = await makeTeam();
  actorId = (await makeActorNamed(team, `Forecast claimant ${tag()}`)).id;
});

async function forecastAt(claimId: string, probability: number, createdAt: Date) {
  return db.forecast.create({
    data: { claimId, authorId: team.editor.id, probability, createdAt },
  });
}

function byId(data: Awaited<ReturnType<typeof listForecastsForClaim>>) {
  return new Map(data.analysts.flatMap((a) => a.history).map((f) => [f.id, f]));
}

describe("forecasts made after the resolve-by date", () => {
  it("keeps, marks and does not score one made 20 days late (the issue's example)", async () => {
    const claimId = await draftClaim(team, actorId, {
      madeAt: isoDate(daysAgo(60)),
      resolveBy: isoDate(daysAgo(20)),
      kind: "PREDICTION",
    });
    const honest = await forecastAt(claimId, 70, new Date(daysAgo(30).getTime() + 3_600_000));
    // Entered today through the app: accepted, and the analyst is told it is not scored.
    const late = await recordForecast.execute(team.analyst, { claimId, probability: 10 });
    expect(late.madeAfterTheFact).toBe(true);

    await recordOutcomeOf(team, claimId, "HELD", "It held.", isoDate(daysAgo(21)));
    await publish(team, claimId);

    for (const scope of ["internal", "public"] as const) {
      const data = await listForecastsForClaim(claimId, scope);
      const forecasts = byId(data);
      expect(forecasts.get(late.id)).toMatchObject({ madeAfterTheFact: true, brier: null });
      expect(forecasts.get(honest.id)).toMatchObject({ madeAfterTheFact: false });
      expect(forecasts.get(honest.id)?.brier).toBeCloseTo(0.09, 10);
      // Not 0.81 for the late one, and not (0.09 + 0.81) / 2 for the mean.
      expect(data.meanBrier).toBeCloseTo(0.09, 10);
      expect(data).toMatchObject({ scoredCount: 1, afterTheFactCount: 1 });
    }
  });

  it("counts a forecast made on the resolve-by day as honest", async () => {
    const claimId = await draftClaim(team, actorId, {
      madeAt: isoDate(daysAgo(60)),
      resolveBy: isoDate(daysAgo(10)),
    });
    const onTheDay = await forecastAt(claimId, 80, new Date(daysAgo(9).getTime() - 1));
    const dayAfter = await forecastAt(claimId, 80, daysAgo(9));
    await recordOutcomeOf(team, claimId, "NOT_HELD", "It did not.", isoDate(daysAgo(5)));
    const forecasts = byId(await listForecastsForClaim(claimId, "internal"));
    expect(forecasts.get(onTheDay.id)?.madeAfterTheFact).toBe(false);
    expect(forecasts.get(onTheDay.id)?.brier).toBeCloseTo(0.64, 10);
    expect(forecasts.get(dayAfter.id)).toMatchObject({ madeAfterTheFact: true, brier: null });
  });

  it("accepts a forecast on a claim without a resolve-by date as honest", async () => {
    const claimId = await draftClaim(team, actorId, { madeAt: isoDate(daysAgo(60)) });
    const result = await recordForecast.execute(team.analyst, { claimId, probability: 40 });
    expect(result.madeAfterTheFact).toBe(false);
  });
});

describe("forecasts made after the settling outcome happened", () => {
  it("marks those made after the date of the first settling entry, in each reading", async () => {
    const claimId = await draftClaim(team, actorId, { madeAt: isoDate(daysAgo(60)) });
    await publish(team, claimId);
    const before = await forecastAt(claimId, 90, daysAgo(31));
    const sameDay = await forecastAt(claimId, 90, new Date(daysAgo(30).getTime() + 1000));
    const after = await forecastAt(claimId, 90, daysAgo(29));
    await recordOutcomeOf(team, claimId, "HELD", "Signed.", isoDate(daysAgo(30)));
    // A later entry repeating the verdict does not move the date it was settled.
    await recordOutcomeOf(team, claimId, "HELD", "Ratified.", isoDate(daysAgo(10)));

    const internal = byId(await listForecastsForClaim(claimId, "internal"));
    expect(internal.get(before.id)?.madeAfterTheFact).toBe(false);
    expect(internal.get(sameDay.id)?.madeAfterTheFact).toBe(false);
    expect(internal.get(after.id)).toMatchObject({ madeAfterTheFact: true, brier: null });

    await publish(team, claimId);
    const published = await listForecastsForClaim(claimId, "public");
    expect(published).toMatchObject({ scoredCount: 2, afterTheFactCount: 1 });
    expect(published.meanBrier).toBeCloseTo(0.01, 10);
  });

  it("takes the date from the correction when the settling entry was corrected", async () => {
    const claimId = await draftClaim(team, actorId, { madeAt: isoDate(daysAgo(60)) });
    const between = await forecastAt(claimId, 30, daysAgo(20));
    const wrong = await recordOutcomeOf(
      team,
      claimId,
      "NOT_HELD",
      "Failed (wrong).",
      isoDate(daysAgo(25)),
    );
    expect(byId(await listForecastsForClaim(claimId, "internal")).get(between.id)).toMatchObject({
      madeAfterTheFact: true,
    });
    await recordOutcome.execute(team.analyst, {
      claimId,
      status: "NOT_HELD",
      note: "It failed later than first written.",
      occurredAt: isoDate(daysAgo(15)),
      correctsId: wrong.id,
      sourceIds: [],
    });
    const forecast = byId(await listForecastsForClaim(claimId, "internal")).get(between.id);
    expect(forecast?.madeAfterTheFact).toBe(false);
    expect(forecast?.brier).toBeCloseTo(0.09, 10);
  });
});
