import { beforeAll, describe, expect, it } from "vitest";
import { extractCandidates, warmExtractor } from "@/lib/intake/extract";

// More references back to a speaker (see intake-speaker-classes.test.ts), each on sentences
// written for these tests.

beforeAll(() => warmExtractor(), 60_000);

const speakers = (text: string) =>
  extractCandidates(text, { articleDate: "2026-03-02" }).map((c) => c.speaker?.name ?? null);

describe("references by age and by owner", () => {
  it("reads “the 58-year-old” as the person last met", () => {
    expect(
      speakers(
        "Opposition leader Rafael Ortega conceded on Sunday. " +
          "The 58-year-old said he would not accept a seat in the cabinet.",
      ),
    ).toEqual(["Rafael Ortega"]);
  });

  it("reads “Name's spokesman” as a descriptor of its own when no spokesman spoke", () => {
    expect(
      speakers(
        "Prime Minister Leo Tanaka met the governor on Monday. " +
          "Tanaka’s spokesman said the visit would focus on trade.",
      ),
    ).toEqual(["Tanaka’s spokesman"]);
  });

  it("reads it as the spokesman named before, when there was one", () => {
    expect(
      speakers(
        "Ken Ito, a spokesman for the prime minister, said the trip was planned. " +
          "Tanaka’s spokesman said it would focus on trade.",
      ),
    ).toEqual(["Ken Ito", "Ken Ito"]);
  });
});

describe("a platform's one-letter name ends a sentence", () => {
  it("does not read “on X.” as an initial", () => {
    expect(
      speakers(
        "“This is a dark day for our country,” opposition leader Rafael Ortega wrote on X. " +
          "Ortega said he would not accept the result.",
      ),
    ).toEqual(["Rafael Ortega", "Rafael Ortega"]);
  });
});
