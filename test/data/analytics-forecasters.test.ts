// The forecasters' figures on a known history, every number computed by hand below.
//
// Three analysts (A, B, C), twelve resolved claims: c1–c11 HELD (H) or NOT_HELD (N), c12
// PARTIALLY_HELD (not scored). Every claim resolves on 2026-03-10 with resolve-by 2026-03-20,
// except c7 (resolve-by 2026-03-05). Forecasts are made 2026-03-01 unless noted.
//
//   claim  o  A     B              C        Brier A / B / C        median
//   c1     H  90   70             60       .01 / .09 / .16        .09
//   c2     H  80   40 → 60 (3-06)          .04 / .16              .10
//   c3     N  20   40             30       .04 / .16 / .09        .09
//   c4     N  10 (90 on 3-12: late)        .01                    .01
//   c5     H  70                  90       .09 / — / .01          .05
//   c6     N  30   50                      .09 / .25              .17
//   c7     H  60                  (70 on 3-06: late, past resolve-by)  .16
//   c8     N  40   20                      .16 / .04              .10
//   c9     H       80 (3-10 23:00: same day, on time)   .04       .04
//   c10    N       10             20       .01 / .04              .025
//   c11    H                      50       .25                    .25
//   c12    P  70   30                      not scored
//
// A: 8 scored, Brier .60/8 = .075; base rate 4/8; skill 1 − .075/.25 = .7;
//    relative (−.08 −.06 −.05 +0 +.04 −.08 +0 +.06)/8 = −.02125.
// B: 7 scored, Brier .75/7; time-weighted c2 = (.36·5 d + .16·5 d)/10 d = .26, so (.85)/7;
//    base rate 3/7, skill 1 − (.75/7)/(12/49) = .5625; relative (0+.06+.07+.08−.06+0−.015)/7.
// C: 5 scored, Brier .55/5 = .11; base rate 3/5; skill 1 − .11/.24; relative .045/5 = .009.
// Team: 20 scored, Brier 1.90/20 = .095, time-weighted 2.0/20 = .1, base rate .5,
//    skill 1 − .095/.25 = .62; bins (n, held): 10 % (2,0) 20 % (3,0) 30 % (2,0) 40 % (2,0)
//    50 % (2,1) 60 % (3,3) 70 % (2,2) 80 % (2,2) 90 % (2,2);
//    REL = (.02+.12+.18+.32+0+.48+.18+.08+.02)/20 = .07, RES = (9·.25 + 9·.25)/20 = .225,
//    UNC = .25, and .07 − .225 + .25 = .095.
import { beforeAll, describe, expect, it } from "vitest";
import { getForecastersReport, type ForecasterFigures } from "@/lib/analytics/forecasters";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeForecast, makeResolvedClaim } from "@/test/support/analytics-history";
import { makeTopic, makeUser } from "@/test/support/factories";

let a: SessionUser;
let b: SessionUser;
let c: SessionUser;
let topicSlug: string;
const NOW = new Date("2026-04-01T12:00:00Z");

beforeAll(async () => {
  a = await makeUser("ANALYST", { name: "Analyst A" });
  b = await makeUser("ANALYST", { name: "Analyst B" });
  c = await makeUser("EDITOR", { name: "Analyst C" });
  const topic = await makeTopic();
  topicSlug = topic.slug;
  const claim = (outcome: "HELD" | "NOT_HELD" | "PARTIALLY_HELD", extra = {}) =>
    makeResolvedClaim(a.id, { outcome, ...extra });
  const c1 = await claim("HELD");
  await makeForecast(c1.id, a.id, 90, undefined, "HIGH");
  await makeForecast(c1.id, b.id, 70, undefined, "HIGH");
  await makeForecast(c1.id, c.id, 60);
  const c2 = await claim("HELD");
  await makeForecast(c2.id, a.id, 80);
  await makeForecast(c2.id, b.id, 40);
  await makeForecast(c2.id, b.id, 60, "2026-03-06T00:00:00Z");
  const c3 = await claim("NOT_HELD");
  await makeForecast(c3.id, a.id, 20);
  await makeForecast(c3.id, b.id, 40);
  await makeForecast(c3.id, c.id, 30);
  const c4 = await claim("NOT_HELD");
  await makeForecast(c4.id, a.id, 10);
  await makeForecast(c4.id, a.id, 90, "2026-03-12T09:00:00Z");
  const c5 = await claim("HELD");
  await makeForecast(c5.id, a.id, 70);
  await makeForecast(c5.id, c.id, 90);
  const c6 = await claim("NOT_HELD");
  await makeForecast(c6.id, a.id, 30);
  await makeForecast(c6.id, b.id, 50);
  const c7 = await claim("HELD", { resolveBy: "2026-03-05" });
  await makeForecast(c7.id, a.id, 60);
  await makeForecast(c7.id, c.id, 70, "2026-03-06T08:00:00Z");
  const c8 = await claim("NOT_HELD");
  await makeForecast(c8.id, a.id, 40);
  await makeForecast(c8.id, b.id, 20);
  const c9 = await claim("HELD", { topicIds: [topic.id] });
  await makeForecast(c9.id, b.id, 80, "2026-03-10T23:00:00Z");
  const c10 = await claim("NOT_HELD");
  await makeForecast(c10.id, b.id, 10);
  await makeForecast(c10.id, c.id, 20);
  const c11 = await claim("HELD", { kind: "PROMISE" });
  await makeForecast(c11.id, c.id, 50);
  const c12 = await claim("PARTIALLY_HELD");
  await makeForecast(c12.id, a.id, 70);
  await makeForecast(c12.id, b.id, 30);
});

function expectFigures(
  actual: ForecasterFigures | undefined,
  expected: Partial<Record<string, number | null>>,
) {
  if (!actual) throw new Error("figures missing");
  for (const [key, value] of Object.entries(expected)) {
    const got = actual[key as keyof ForecasterFigures] as number | null;
    if (value === null) expect(got, key).toBeNull();
    else expect(got, key).toBeCloseTo(value ?? NaN, 10);
  }
}

describe("forecasters, all time", () => {
  it("scores each analyst's latest on-time forecast once per claim", async () => {
    const report = await getForecastersReport({ period: "all" }, { withAnalysts: true, now: NOW });
    const byName = Object.fromEntries(report.analysts.map((x) => [x.name, x]));
    expectFigures(byName["Analyst A"], {
      count: 8,
      meanBrier: 0.075,
      timeWeightedBrier: 0.075,
      baseRate: 0.5,
      skill: 0.7,
      relativeBrier: -0.02125,
    });
    expectFigures(byName["Analyst B"], {
      count: 7,
      meanBrier: 0.75 / 7,
      timeWeightedBrier: 0.85 / 7,
      baseRate: 3 / 7,
      skill: 0.5625,
      relativeBrier: 0.135 / 7,
    });
    expectFigures(byName["Analyst C"], {
      count: 5,
      meanBrier: 0.11,
      timeWeightedBrier: 0.11,
      baseRate: 0.6,
      skill: 1 - 0.11 / 0.24,
      relativeBrier: 0.009,
    });
    expectFigures(report.team, {
      count: 20,
      meanBrier: 0.095,
      timeWeightedBrier: 0.1,
      baseRate: 0.5,
      skill: 0.62,
      relativeBrier: null,
    });
  });

  it("decomposes the team's score: REL .07 − RES .225 + UNC .25 = .095", async () => {
    const { team } = await getForecastersReport(
      { period: "all" },
      { withAnalysts: false, now: NOW },
    );
    expect(team.decomposition?.reliability).toBeCloseTo(0.07, 10);
    expect(team.decomposition?.resolution).toBeCloseTo(0.225, 10);
    expect(team.decomposition?.uncertainty).toBeCloseTo(0.25, 10);
    expect(team.decomposition?.withinBin).toBeCloseTo(0, 10);
    expect(team.calibration.map((x) => [x.bin, x.count, x.observed])).toEqual([
      [1, 2, 0],
      [2, 3, 0],
      [3, 2, 0],
      [4, 2, 0],
      [5, 2, 0.5],
      [6, 3, 1],
      [7, 2, 1],
      [8, 2, 1],
      [9, 2, 1],
    ]);
    expect(team.calibration[5]?.meanForecast).toBeCloseTo(0.6, 10);
    // Wilson 90 % for 3 of 3: centre (1 + z²/6)/(1 + z²/3), half z/(1 + z²/3)·√(z²/36).
    expect(team.calibration[5]?.interval.high).toBeCloseTo(1, 10);
    expect(team.calibration[5]?.interval.low).toBeCloseTo(0.525804, 5);
    expect(team.calibration.every((x) => x.sparse)).toBe(true);
  });

  it("leaves individuals out of the public reading", async () => {
    const report = await getForecastersReport({ period: "all" }, { withAnalysts: false, now: NOW });
    expect(report.analysts).toEqual([]);
    expect(report.team.count).toBe(20);
  });
});

describe("forecasters, filtered", () => {
  it("by stated confidence: only c1's HIGH forecasts, against the whole team's median", async () => {
    const report = await getForecastersReport(
      { period: "all", confidence: "HIGH" },
      { withAnalysts: true, now: NOW },
    );
    expectFigures(report.team, { count: 2, meanBrier: 0.05 });
    const analystA = report.analysts.find((x) => x.name === "Analyst A");
    expectFigures(analystA, { count: 1, meanBrier: 0.01, relativeBrier: -0.08 });
    expect(report.analysts.map((x) => x.name)).toEqual(["Analyst A", "Analyst B"]);
  });

  it("by kind and by topic", async () => {
    const promises = await getForecastersReport(
      { period: "all", kind: "PROMISE" },
      { withAnalysts: false, now: NOW },
    );
    expectFigures(promises.team, { count: 1, meanBrier: 0.25 });
    const topic = await getForecastersReport(
      { period: "all", topic: topicSlug },
      { withAnalysts: false, now: NOW },
    );
    expectFigures(topic.team, { count: 1, meanBrier: 0.04 });
  });

  it("by period, on the date the resolving outcome occurred", async () => {
    const recent = await getForecastersReport({ period: "90d" }, { withAnalysts: false, now: NOW });
    expect(recent.team.count).toBe(20);
    const later = new Date("2026-12-01T00:00:00Z");
    const none = await getForecastersReport({ period: "90d" }, { withAnalysts: true, now: later });
    expect(none.team.count).toBe(0);
    expect(none.team.meanBrier).toBeNull();
    const year = await getForecastersReport({ period: "1y" }, { withAnalysts: false, now: later });
    expect(year.team.count).toBe(20);
  });
});
