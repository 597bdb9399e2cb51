import { describe, expect, it } from "vitest";
import {
  canonicalPageKey,
  pageFiltersFromKey,
  readAnalyticsPageFilters,
} from "@/lib/analytics/page-key";

const CLAIMANT = "0b7e2a52-9c1d-4c55-8e0e-6f1a2b3c4d5e";
const keyOf = (query: string) =>
  canonicalPageKey(
    readAnalyticsPageFilters(Object.fromEntries(new URLSearchParams(query))).filters,
  );

describe("canonicalPageKey (the /analytics cache key)", () => {
  it("is empty for the default page, whatever defaults or empty values the address spells out", () => {
    expect(keyOf("")).toBe("");
    expect(keyOf("period=all")).toBe("");
    expect(keyOf("period=&topic=&kind=&confidence=&claimant=&from=&to=")).toBe("");
  });

  it("sorts the names, so the order of the address does not matter", () => {
    const key = "confidence=HIGH&kind=PROMISE&period=1y&topic=energy";
    expect(keyOf("topic=energy&kind=PROMISE&period=1y&confidence=HIGH")).toBe(key);
    expect(keyOf("period=1y&confidence=HIGH&topic=energy&kind=PROMISE")).toBe(key);
  });

  it("leaves out what does not change the figures (the analyst whose calibration is shown)", () => {
    expect(keyOf(`kind=PROMISE&analyst=${CLAIMANT}`)).toBe("kind=PROMISE");
    expect(keyOf("kind=PROMISE&unknown=1")).toBe("kind=PROMISE");
  });

  it("writes dates as YYYY-MM-DD and keeps the outcome filters", () => {
    expect(keyOf(`to=2026-03-31&from=2026-01-01&claimant=${CLAIMANT}`)).toBe(
      `claimant=${CLAIMANT}&from=2026-01-01&to=2026-03-31`,
    );
  });

  it("tells apart filter sets that differ", () => {
    const keys = ["", "period=90d", "period=1y", "kind=PROMISE", "confidence=NONE", "topic=a"].map(
      keyOf,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("drops a refused value's set to its defaults, as the page shows it", () => {
    // A bad period refuses the scoring filters only; the outcomes keep their topic.
    expect(keyOf("period=week&topic=energy")).toBe("o.topic=energy");
    // Dates out of order refuse the outcome filters only.
    expect(keyOf("topic=energy&from=2026-03-01&to=2026-01-01")).toBe("o.topic=&topic=energy");
  });

  it("reads back to the filters it was made from", () => {
    for (const query of [
      "",
      "topic=energy&kind=PROMISE&period=1y&confidence=HIGH",
      `claimant=${CLAIMANT}&from=2026-01-01&to=2026-03-31&period=90d`,
      "period=week&topic=energy",
      "topic=energy&from=2026-03-01&to=2026-01-01",
    ]) {
      const { filters } = readAnalyticsPageFilters(Object.fromEntries(new URLSearchParams(query)));
      expect(pageFiltersFromKey(canonicalPageKey(filters)), query).toEqual(filters);
    }
  });
});
