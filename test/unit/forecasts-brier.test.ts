import { describe, expect, it } from "vitest";
import { brierScore, formatBrier, scoreForecasts, scoredOutcome } from "@/lib/forecasts/brier";
import { WORD_RANGES, valueForWord, wordRange } from "@/lib/forecasts/estimative";
import { estimativeWord } from "@/lib/scales";

describe("Brier score (p − o)²", () => {
  it.each([
    [70, 1, 0.09],
    [70, 0, 0.49],
    [99, 1, 0.0001],
    [1, 1, 0.9801],
    [50, 0, 0.25],
  ] as const)("%i %% on outcome %i scores %f", (p, o, score) => {
    expect(brierScore(p, o)).toBeCloseTo(score, 12);
  });

  it("counts HELD as 1 and NOT_HELD as 0, and scores nothing else", () => {
    expect(scoredOutcome("HELD")).toBe(1);
    expect(scoredOutcome("NOT_HELD")).toBe(0);
    for (const s of [
      "PENDING",
      "IN_PROGRESS",
      "STALLED",
      "PARTIALLY_HELD",
      "UNRESOLVABLE",
    ] as const) {
      expect(scoredOutcome(s)).toBeNull();
    }
  });

  it("scores each forecast and takes the mean", () => {
    const result = scoreForecasts(
      [{ probability: 30 }, { probability: 15 }, { probability: 80 }],
      "NOT_HELD",
    );
    expect(result.scored).toBe(true);
    expect(result.items.map((f) => f.brier)).toEqual([
      expect.closeTo(0.09, 12),
      expect.closeTo(0.0225, 12),
      expect.closeTo(0.64, 12),
    ]);
    expect(result.mean).toBeCloseTo((0.09 + 0.0225 + 0.64) / 3, 12);
    expect(result.count).toBe(3);
  });

  it("leaves forecasts made after the fact unscored and out of the mean", () => {
    // The example: 10 % on a claim that held, made 20 days after its resolve-by
    // date, scored 0.81 and counted in the average.
    const result = scoreForecasts(
      [
        { probability: 70, afterTheFact: false },
        { probability: 10, afterTheFact: true },
      ],
      "HELD",
    );
    expect(result.items.map((f) => f.brier)).toEqual([expect.closeTo(0.09, 12), null]);
    expect(result.mean).toBeCloseTo(0.09, 12);
    expect(result.count).toBe(1);
    const none = scoreForecasts([{ probability: 10, afterTheFact: true }], "HELD");
    expect(none).toMatchObject({ scored: true, mean: null, count: 0 });
  });

  it.each(["PARTIALLY_HELD", "UNRESOLVABLE", "PENDING"] as const)(
    "skips %s: no scores and no mean",
    (status) => {
      const result = scoreForecasts([{ probability: 30, id: "a" }], status);
      expect(result).toEqual({
        scored: false,
        items: [{ probability: 30, id: "a", brier: null }],
        mean: null,
        count: 0,
      });
    },
  );

  it("has no mean without forecasts", () => {
    expect(scoreForecasts([], "HELD")).toEqual({ scored: true, items: [], mean: null, count: 0 });
  });

  it("prints three decimals", () => {
    expect(formatBrier(0.09000000000000002)).toBe("0.090");
  });
});

describe("choosing an estimative word", () => {
  it("gives each word exactly the values shown with that word, covering 1–99 once", () => {
    const covered: number[] = [];
    for (const r of WORD_RANGES) {
      for (let p = r.min; p <= r.max; p++) {
        expect(estimativeWord(p)).toBe(r.word);
        covered.push(p);
      }
    }
    expect(covered).toEqual(Array.from({ length: 99 }, (_, i) => i + 1));
    expect(wordRange("very unlikely")).toEqual({ word: "very unlikely", min: 6, max: 20 });
  });

  it("keeps a value already in the word's band, else moves to the band's middle", () => {
    expect(valueForWord("likely", 60)).toBe(60);
    expect(valueForWord("likely", 30)).toBe(68);
    expect(valueForWord("almost certain", null)).toBe(98);
    expect(estimativeWord(valueForWord("roughly even chance", 10) ?? 0)).toBe(
      "roughly even chance",
    );
    expect(valueForWord("no such word", 30)).toBe(30);
  });
});
