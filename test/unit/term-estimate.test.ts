// The bound on a text search's matches from its lexemes' document counts
// (lib/claims/term-estimate.ts), on tsquery text as PostgreSQL prints websearch_to_tsquery.
import { describe, expect, it } from "vitest";
import { estimateMatches } from "@/lib/claims/term-estimate";

const counts = new Map([
  ["peac", 3500],
  ["talk", 900],
  ["grain", 2000],
  ["export", 1800],
  ["o'brien", 12],
]);

describe("estimateMatches", () => {
  it("is exact for one lexeme, and zero for one no document holds", () => {
    expect(estimateMatches("'peac'", counts)).toEqual({ upper: 3500, exact: true });
    expect(estimateMatches("'xylophonist'", counts)).toEqual({ upper: 0, exact: true });
    expect(estimateMatches("'o''brien'", counts)).toEqual({ upper: 12, exact: true });
  });

  it("bounds AND and phrases by the rarer side, OR by the sum", () => {
    expect(estimateMatches("'grain' & 'export'", counts)).toEqual({ upper: 1800, exact: false });
    expect(estimateMatches("'peac' <-> 'talk'", counts).upper).toBe(900);
    expect(estimateMatches("'peac' <2> 'talk'", counts).upper).toBe(900);
    expect(estimateMatches("'peac' | 'talk'", counts).upper).toBe(4400);
    expect(estimateMatches("'grain' & 'export' | 'talk'", counts).upper).toBe(2700);
    expect(estimateMatches("( 'grain' | 'talk' ) & 'export'", counts).upper).toBe(1800);
    expect(estimateMatches("'peac' & 'xylophonist'", counts).upper).toBe(0);
  });

  it("leaves a negation unbounded, except where AND bounds it", () => {
    expect(estimateMatches("!'talk'", counts).upper).toBe(Infinity);
    expect(estimateMatches("'peac' & !'talk'", counts).upper).toBe(3500);
    expect(estimateMatches("'peac' | !'talk'", counts).upper).toBe(Infinity);
  });

  it("reads an empty query (stop words only) as no match, and refuses what is not a tsquery", () => {
    expect(estimateMatches("", counts)).toEqual({ upper: 0, exact: true });
    expect(() => estimateMatches("'peac' &", counts)).toThrow(/Unreadable/);
    expect(() => estimateMatches("peace", counts)).toThrow(/Unreadable/);
  });
});
