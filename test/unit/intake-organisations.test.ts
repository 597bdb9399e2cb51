import { beforeAll, describe, expect, it } from "vitest";
import { extractCandidates, warmExtractor } from "@/lib/intake/extract";
import { findResolveBy } from "@/lib/intake/deadlines";
import { guessKind } from "@/lib/intake/kind";

// Loading compromise's lexicon takes seconds on a busy machine: once, outside any test's time.
beforeAll(() => warmExtractor(), 60_000);

// Organisations as speakers, East Asian quotation marks, and the tails and dates of reported
// passages, on sentences written for these tests (never taken from the evaluation set).
// 2026-03-02 is a Monday.
const one = (text: string) => extractCandidates(text, { articleDate: "2026-03-02" });
const found = (text: string) =>
  one(text).map((c) => [c.form, c.quote, c.speaker?.name ?? null] as const);

describe("which organisation “the company” or a lone name means", () => {
  it("reads the company named as the subject of the passage", () => {
    expect(
      found(
        "Harlow Motors will recall 20,000 vans after a brake fault, the company said on Tuesday. " +
          "SEOUL — Daejin Steel will close two furnaces by June, the firm said.",
      ),
    ).toEqual([
      ["REPORTED", "Harlow Motors will recall 20,000 vans after a brake fault", "Harlow Motors"],
      ["REPORTED", "Daejin Steel will close two furnaces by June", "Daejin Steel"],
    ]);
  });

  it("reads a lone name never met in full as an organisation that “the company” can mean", () => {
    const [a, b] = one(
      "The regulator has fined Tessaro. Tessaro said it would appeal. In a statement, the " +
        "company said it had stopped selling the device.",
    );
    expect(a?.speaker).toMatchObject({ name: "Tessaro", kind: "ORGANIZATION" });
    expect(b?.speaker?.name).toBe("Tessaro");
  });

  it("does not take a common noun opening a sentence for a company", () => {
    expect(
      found(
        "Oil prices rose sharply on Monday. Output fell by a tenth, the group said on Tuesday.",
      ),
    ).toEqual([["REPORTED", "Output fell by a tenth", "group"]]);
  });

  it("reads “His team, Name,” as the organisation, and “the team” as it again", () => {
    const [a, b] = one(
      "His team, Rapido Cycling, said it had suspended him. “We have a zero-tolerance policy " +
        "on doping,” the team said.",
    );
    expect(a?.speaker).toMatchObject({ name: "Rapido Cycling", kind: "ORGANIZATION" });
    expect(b?.speaker?.name).toBe("Rapido Cycling");
  });

  it("keeps a person whose role names an organisation after “of”", () => {
    const [c] = one(
      "Dr. Ama Boateng, medical director of the health authority, said beds were full.",
    );
    expect(c?.speaker).toMatchObject({ name: "Ama Boateng", kind: "PERSON" });
  });

  it("leaves an auxiliary out of a trailing speaker", () => {
    expect(found("The bridge will reopen before Christmas, the borough council has said.")).toEqual(
      [["REPORTED", "The bridge will reopen before Christmas", "borough council"]],
    );
  });
});

describe("the end of a reported passage", () => {
  it("leaves out “and declined to comment”", () => {
    expect(
      found("The agency said it had not been told of the deal and declined to comment further."),
    ).toEqual([["REPORTED", "it had not been told of the deal", "agency"]]);
  });

  it("splits two infinitives of one pledge", () => {
    expect(
      found("Candidate Ana Ruiz pledged to build 5,000 homes by 2030 and to freeze rents."),
    ).toEqual([
      ["REPORTED", "to build 5,000 homes by 2030", "Ana Ruiz"],
      ["REPORTED", "to freeze rents", "Ana Ruiz"],
    ]);
  });

  it("does not read a clause after “, and X said” as a trailing attribution", () => {
    expect(
      found("Power returned from 3pm, and the utility said all homes were connected by 9pm."),
    ).toEqual([["REPORTED", "all homes were connected by 9pm", "utility"]]);
  });
});

describe("East Asian quotation marks", () => {
  it("reads 「…」 with 『…』 nested as quotes", () => {
    expect(
      found(
        "「We have let our customers down, and I apologise,」 President Ken Mori told reporters. " +
          "「Our engineers called it 『a rare fault』, and that was a mistake,」 he said.",
      ),
    ).toEqual([
      ["DIRECT", "We have let our customers down, and I apologise", "Ken Mori"],
      ["DIRECT", "Our engineers called it 『a rare fault』, and that was a mistake", "Ken Mori"],
    ]);
  });
});

describe("dates in past clauses", () => {
  it.each([
    ["it had asked the firm for an explanation in May", null],
    ["it had increased testing by a third this year", null],
    ["the company expected revenue to grow by a fifth this year", "2026-12-31"],
    ["the sample would be opened at the laboratory in Lausanne by June 10", "2026-06-10"],
  ])("%s", (passage, date) => {
    expect(findResolveBy(passage, "2026-03-02")).toBe(date);
  });

  it("reads “May” after the first word as the month, not a hedge", () => {
    expect(guessKind("it had asked the firm for an explanation in May", "say", false)).toBe(
      "STATEMENT",
    );
    expect(guessKind("the talks may fail", "say", false)).toBe("PREDICTION");
  });
});
