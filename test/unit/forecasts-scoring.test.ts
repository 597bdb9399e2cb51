// The pure scoring module against worked examples computed by hand (the arithmetic is in the
// comments), then properties that must hold for any forecasts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  baseRate,
  binIndex,
  brierScore,
  brierSkillScore,
  calibrationBins,
  meanBrier,
  median,
  murphyDecomposition,
  relativeBrier,
  sumBins,
  timeWeightedBrier,
  wilsonInterval,
  type ScoredPair,
} from "@/lib/forecasts/scoring";

// Five forecasts: 90 % held, 70 % held, 70 % not held, 20 % not held, 20 % held.
const EXAMPLE: ScoredPair[] = [
  { p: 0.9, o: 1 },
  { p: 0.7, o: 1 },
  { p: 0.7, o: 0 },
  { p: 0.2, o: 0 },
  { p: 0.2, o: 1 },
];

describe("worked example by hand", () => {
  it("mean Brier: (0.01 + 0.09 + 0.49 + 0.04 + 0.64) / 5 = 0.254", () => {
    expect(meanBrier(EXAMPLE)).toBeCloseTo(0.254, 12);
  });

  it("base rate 3/5 = 0.6, skill 1 − 0.254 / (0.6 · 0.4) = −0.058333…", () => {
    expect(baseRate(EXAMPLE)).toBeCloseTo(0.6, 12);
    expect(brierSkillScore(0.254, 0.6)).toBeCloseTo(1 - 0.254 / 0.24, 12);
    expect(brierSkillScore(0.254, 0.6)).toBeCloseTo(-0.0583333333, 9);
  });

  it("bins: 20 % (n 2, 1 held), 70 % (n 2, 1 held), 90 % (n 1, 1 held)", () => {
    const bins = calibrationBins(sumBins(EXAMPLE));
    expect(bins.map((b) => [b.bin, b.count, b.meanForecast, b.observed])).toEqual([
      [2, 2, 0.2, 0.5],
      [7, 2, 0.7, 0.5],
      [9, 1, 0.9, 1],
    ]);
    expect(bins.every((b) => b.sparse)).toBe(true);
  });

  it("Murphy: REL (0.01 + 2·0.04 + 2·0.09)/5 = 0.054, RES (0.16 + 0.02 + 0.02)/5 = 0.04, UNC 0.24", () => {
    const d = murphyDecomposition(sumBins(EXAMPLE), 0.254);
    expect(d?.reliability).toBeCloseTo(0.054, 12);
    expect(d?.resolution).toBeCloseTo(0.04, 12);
    expect(d?.uncertainty).toBeCloseTo(0.24, 12);
    // 0.054 − 0.04 + 0.24 = 0.254: nothing left within the bins.
    expect(d?.withinBin).toBeCloseTo(0, 12);
  });

  it("Murphy keeps the within-bin remainder when forecasts in a bin differ", () => {
    // 71 % held and 79 % not held share bin 7 (mean 75 %, observed 0.5).
    // BS = (0.0841 + 0.6241)/2 = 0.3541; REL = (0.75 − 0.5)² = 0.0625; RES = 0; UNC = 0.25.
    const pairs: ScoredPair[] = [
      { p: 0.71, o: 1 },
      { p: 0.79, o: 0 },
    ];
    const score = meanBrier(pairs) ?? NaN;
    expect(score).toBeCloseTo(0.3541, 12);
    const d = murphyDecomposition(sumBins(pairs), score);
    expect(d?.reliability).toBeCloseTo(0.0625, 12);
    expect(d?.resolution).toBeCloseTo(0, 12);
    expect(d?.withinBin).toBeCloseTo(0.3541 - 0.0625 - 0.25, 12);
  });

  it("Wilson 90 %: 1 of 2 gives 0.5 ± 0.379133, 0 of 5 gives [0, 0.351117]", () => {
    // z = 1.644854, z² = 2.705543. 1 of 2: centre (0.5 + z²/4)/(1 + z²/2) = 0.5;
    // half = z/(1 + z²/2) · √(0.25/2 + z²/16) = 0.699113 · 0.542306 = 0.379134.
    const one = wilsonInterval(1, 2);
    expect(one?.low).toBeCloseTo(0.120866, 5);
    expect(one?.high).toBeCloseTo(0.879134, 5);
    // 0 of 5: centre = half = (z²/10)/(1 + z²/5) = 0.270554/1.541109 = 0.175558.
    const none = wilsonInterval(0, 5);
    expect(none?.low).toBe(0);
    expect(none?.high).toBeCloseTo(0.351117, 5);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it("relative Brier: own 0.04 and 0.09 against medians 0.09 and 0.09 → −0.025", () => {
    expect(
      relativeBrier([
        { own: 0.04, teamMedian: 0.09 },
        { own: 0.09, teamMedian: 0.09 },
      ]),
    ).toBeCloseTo(-0.025, 12);
    expect(relativeBrier([])).toBeNull();
  });

  it("time-weighted: 60 % for 2 days then 90 % for 1 day, held → (0.16·2 + 0.01·1)/3 = 0.11", () => {
    const day = 86_400_000;
    const score = timeWeightedBrier(
      [
        { p: 0.6, durationMs: 2 * day },
        { p: 0.9, durationMs: day },
      ],
      1,
    );
    expect(score).toBeCloseTo(0.11, 12);
    expect(timeWeightedBrier([{ p: 0.6, durationMs: 0 }], 1)).toBeNull();
  });

  it("median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("skill is undefined when every claim went the same way", () => {
    expect(brierSkillScore(0.1, 1)).toBeNull();
    expect(brierSkillScore(0.1, 0)).toBeNull();
  });

  it("bins by whole percentage: 9 % → 0, 10 % → 1, 30 % → 3, 99 % → 9, 100 % → 9", () => {
    expect([0.09, 0.1, 0.3, 0.99, 1].map(binIndex)).toEqual([0, 1, 3, 9, 9]);
  });
});

const probability = fc.integer({ min: 1, max: 99 }).map((n) => n / 100);
const outcome = fc.constantFrom<0 | 1>(0, 1);
const pairs = fc.array(fc.record({ p: probability, o: outcome }), { minLength: 1, maxLength: 60 });

describe("properties", () => {
  it("Brier scores, their mean and the decomposition terms stay within bounds", () => {
    fc.assert(
      fc.property(pairs, (sample) => {
        const score = meanBrier(sample) ?? NaN;
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        const d = murphyDecomposition(sumBins(sample), score);
        if (!d) throw new Error("a non-empty sample decomposes");
        expect(d.reliability).toBeGreaterThanOrEqual(0);
        expect(d.reliability).toBeLessThanOrEqual(1);
        expect(d.resolution).toBeGreaterThanOrEqual(0);
        // Resolution is the between-bin variance of outcomes, never more than the total.
        expect(d.resolution).toBeLessThanOrEqual(d.uncertainty + 1e-12);
        expect(d.uncertainty).toBeLessThanOrEqual(0.25);
        const skill = brierSkillScore(score, baseRate(sample) ?? NaN);
        if (skill !== null) expect(skill).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("BS = REL − RES + UNC exactly when every forecast sits on its bin's value", () => {
    const onBinValues = fc.array(
      fc.record({ p: fc.integer({ min: 0, max: 9 }).map((k) => k / 10 + 0.05), o: outcome }),
      { minLength: 1, maxLength: 80 },
    );
    fc.assert(
      fc.property(onBinValues, (sample) => {
        const score = meanBrier(sample) ?? NaN;
        const d = murphyDecomposition(sumBins(sample), score);
        expect(d?.withinBin).toBeCloseTo(0, 12);
        expect(
          (d?.reliability ?? NaN) - (d?.resolution ?? NaN) + (d?.uncertainty ?? NaN),
        ).toBeCloseTo(score, 12);
      }),
    );
  });

  it("each bin's Wilson interval lies in [0, 1] and holds its observed share", () => {
    fc.assert(
      fc.property(pairs, (sample) => {
        for (const bin of calibrationBins(sumBins(sample))) {
          expect(bin.interval.low).toBeGreaterThanOrEqual(0);
          expect(bin.interval.high).toBeLessThanOrEqual(1);
          expect(bin.interval.low).toBeLessThanOrEqual(bin.observed + 1e-12);
          expect(bin.interval.high).toBeGreaterThanOrEqual(bin.observed - 1e-12);
          expect(bin.meanForecast).toBeGreaterThanOrEqual(bin.lower - 1e-12);
          expect(bin.meanForecast).toBeLessThan(bin.upper + 1e-12);
        }
      }),
    );
  });

  it("a time-weighted score lies between the best and worst of its forecasts' scores", () => {
    const segments = fc.array(
      fc.record({ p: probability, durationMs: fc.integer({ min: 1, max: 10_000_000 }) }),
      { minLength: 1, maxLength: 10 },
    );
    fc.assert(
      fc.property(segments, outcome, (sample, o) => {
        const scores = sample.map((s) => brierScore(s.p, o));
        const weighted = timeWeightedBrier(sample, o) ?? NaN;
        expect(weighted).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-12);
        expect(weighted).toBeLessThanOrEqual(Math.max(...scores) + 1e-12);
      }),
    );
  });
});
