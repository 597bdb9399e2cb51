// The check that test/data/openapi-responses.test.ts relies on must itself refuse an answer the
// OpenAPI document does not describe, or every response there would pass unread.
import { describe, expect, it } from "vitest";
import { schemaErrors } from "@/test/support/api-calls";

describe("the response check", () => {
  it("refuses an answer the document does not describe", () => {
    const claim = { $ref: "#/components/schemas/Claim" };
    expect(schemaErrors(claim, { id: "not-a-uuid", statement: 5 })).not.toEqual([]);
    expect(
      schemaErrors(
        { $ref: "#/components/schemas/Topic" },
        { id: crypto.randomUUID(), name: "x", slug: "x", archivedAt: null, extra: 1 },
      ),
    ).not.toEqual([]);
  });

  it("holds an analytics report to its figures' ranges and the filters the route accepts", () => {
    const figures = {
      count: 0,
      meanBrier: null,
      timeWeightedBrier: null,
      baseRate: null,
      skill: null,
      relativeBrier: null,
      decomposition: null,
      calibration: [],
    };
    const report = { filters: { period: "all" }, rules: [], team: figures, analysts: [] };
    const forecasters = { $ref: "#/components/schemas/ForecastersReport" };
    expect(schemaErrors(forecasters, report)).toEqual([]);
    // A Brier score is on the 0–1 scale; "2y" is no period the route accepts.
    const badScore = { ...report, team: { ...figures, meanBrier: 1.5 } };
    expect(schemaErrors(forecasters, badScore)).not.toEqual([]);
    expect(schemaErrors(forecasters, { ...report, filters: { period: "2y" } })).not.toEqual([]);
  });
});
