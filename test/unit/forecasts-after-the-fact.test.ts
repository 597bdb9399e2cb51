import { describe, expect, it } from "vitest";
import { isMadeAfterTheFact } from "@/lib/forecasts/after-the-fact";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const at = (iso: string) => new Date(iso);

describe("isMadeAfterTheFact", () => {
  it("marks a forecast made 20 days after the resolve-by date (the issue's example)", () => {
    const claim = { resolveBy: day("2025-12-15"), resolvedOn: null };
    expect(isMadeAfterTheFact(at("2026-01-04T10:00:00Z"), claim)).toBe(true);
  });

  it("compares by calendar date in UTC, strictly after", () => {
    const claim = { resolveBy: day("2025-12-15"), resolvedOn: null };
    expect(isMadeAfterTheFact(at("2025-12-15T00:00:00.000Z"), claim)).toBe(false);
    expect(isMadeAfterTheFact(at("2025-12-15T23:59:59.999Z"), claim)).toBe(false);
    expect(isMadeAfterTheFact(at("2025-12-16T00:00:00.000Z"), claim)).toBe(true);
    expect(isMadeAfterTheFact(at("2025-12-14T12:00:00Z"), claim)).toBe(false);
  });

  it("marks a forecast made after the outcome that settled the claim happened", () => {
    const claim = { resolveBy: null, resolvedOn: day("2026-03-01") };
    expect(isMadeAfterTheFact(at("2026-03-01T18:00:00Z"), claim)).toBe(false);
    expect(isMadeAfterTheFact(at("2026-03-02T01:00:00Z"), claim)).toBe(true);
  });

  it("takes whichever comes first of the two dates", () => {
    const early = { resolveBy: day("2026-06-30"), resolvedOn: day("2026-02-01") };
    expect(isMadeAfterTheFact(at("2026-03-01T00:00:00Z"), early)).toBe(true);
    const late = { resolveBy: day("2026-02-01"), resolvedOn: day("2026-06-30") };
    expect(isMadeAfterTheFact(at("2026-03-01T00:00:00Z"), late)).toBe(true);
  });

  it("never marks a forecast on a claim with neither date", () => {
    expect(
      isMadeAfterTheFact(at("2100-01-01T00:00:00Z"), { resolveBy: null, resolvedOn: null }),
    ).toBe(false);
  });
});
