import { describe, expect, it } from "vitest";
import { ESTIMATIVE_BANDS, estimativeWord, outcomeLabel } from "@/lib/scales";

describe("estimativeWord (ICD 203)", () => {
  it.each([
    [1, "almost no chance"],
    [5, "almost no chance"],
    [6, "very unlikely"],
    [20, "very unlikely"],
    [30, "unlikely"],
    [50, "roughly even chance"],
    [70, "likely"],
    [90, "very likely"],
    [99, "almost certain"],
  ])("%i %% is %s", (p, word) => {
    expect(estimativeWord(p)).toBe(word);
  });

  it("covers every value from 1 to 99", () => {
    for (let p = 1; p <= 99; p++) expect(estimativeWord(p)).not.toBe("out of range");
    expect(ESTIMATIVE_BANDS).toHaveLength(7);
  });
});

describe("outcomeLabel", () => {
  it("uses promise-tracker words for promises only", () => {
    expect(outcomeLabel("HELD", "PROMISE")).toBe("Kept");
    expect(outcomeLabel("NOT_HELD", "PROMISE")).toBe("Broken");
    expect(outcomeLabel("HELD", "STATEMENT")).toBe("Held");
    expect(outcomeLabel("PENDING", "PROMISE")).toBe("Pending");
  });
});
