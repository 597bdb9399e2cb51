import { describe, expect, it } from "vitest";
import { findResolveBy } from "@/lib/intake/deadlines";
import { guessKind } from "@/lib/intake/kind";

// 2025-12-15 is a Monday.
const ARTICLE = "2025-12-15";

describe("findResolveBy", () => {
  it.each([
    ["We hope to agree by the end of this day.", "2025-12-15"],
    ["The deal will be signed by Friday.", "2025-12-19"],
    ["Talks resume next week.", "2025-12-28"],
    ["It will be ready by the end of the year.", "2025-12-31"],
    ["Troops will leave within 30 days.", "2026-01-14"],
    ["We will rebuild the grid within two weeks.", "2025-12-29"],
    ["The plant will be built by 2027.", "2027-12-31"],
    ["Prisoners will be home by Christmas.", "2025-12-25"],
    ["We will finish by the end of the month.", "2025-12-31"],
    ["Elections will be held next year.", "2026-12-31"],
    ["The bill passes by March 3.", "2026-03-03"],
    ["Inflation falls by mid-2026.", "2026-06-30"],
    ["It will be done before 2030.", "2029-12-31"],
    ["The report is due by June.", "2026-06-30"],
    ["Payments start tomorrow.", "2025-12-16"],
  ])("%s → %s", (passage, expected) => {
    expect(findResolveBy(passage, ARTICLE)).toBe(expected);
  });

  it("sets no date without a deadline", () => {
    expect(findResolveBy("The talks were constructive and fruitful.", ARTICLE)).toBeNull();
    expect(findResolveBy("We met in 1994 in Budapest.", ARTICLE)).toBeNull();
  });

  it("counts Christmas of next year once this year's has passed", () => {
    expect(findResolveBy("by Christmas", "2025-12-28")).toBe("2026-12-25");
  });
});

describe("guessKind", () => {
  it.each([
    ["We will rebuild every school.", null, "PROMISE"],
    ["Prices will rise further.", null, "PREDICTION"],
    ["We hope to reach an agreement by the end of this day.", null, "PREDICTION"],
    ["I think the sanctions are a mistake.", null, "ASSESSMENT"],
    ["The talks took place in Berlin.", null, "STATEMENT"],
    ["the ministry would cut taxes", "pledge", "PROMISE"],
  ] as const)("%s → %s", (passage, verb, kind) => {
    expect(guessKind(passage, verb, false)).toBe(kind);
  });
});
