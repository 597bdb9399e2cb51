import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { ZClaimInput, ZClaimPatch } from "@/lib/claims/schemas";
import { fieldErrorsFrom } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/forms/fields";
import { ZOutcomeInput } from "@/lib/outcomes/schemas";
import { ZSourceInput, ZSourcePatch } from "@/lib/sources/schemas";
import { ZClaimSearch } from "@/lib/claims/filters";
import { ZClaimListQuery, ZExportQuery } from "@/lib/api/claims-query";

// Every date a person types goes through one primitive (lib/forms/fields.ts): real calendar
// days, years 1900–2100, and for things that already happened, not in the future beyond one
// day of tolerance for time zones. "Today" is pinned so the tests mean the same every day.

const NOW = new Date("2026-06-15T12:00:00.000Z");
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const YEARS = "must be in the years 1900 to 2100";
const FUTURE = "cannot be in the future: the latest accepted is 2026-06-16";

const claim = {
  statement: "Peace by Friday.",
  claimantId: "6a9656ce-a383-4b00-8a0d-fcd726fc55c1",
  madeAt: "2025-12-15",
  kind: "PREDICTION",
};
const outcome = {
  claimId: "6a9656ce-a383-4b00-8a0d-fcd726fc55c1",
  occurredAt: "2026-01-10",
  status: "HELD",
  note: "It happened.",
};
const source = {
  url: "https://news.example/a",
  title: "A report",
  kind: "NEWS_ARTICLE",
  capturedText: "Some text.",
};

function errorsOf(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input);
  return r.success ? {} : fieldErrorsFrom(r.error);
}

describe("parseCalendarDate", () => {
  it.each([
    ["1900-01-01", "1900-01-01T00:00:00.000Z"],
    ["2100-12-31", "2100-12-31T00:00:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
  ])("accepts %s", (value, iso) => {
    expect(parseCalendarDate(value, "the date")).toEqual({ date: new Date(iso) });
  });

  it.each(["0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])(
    "refuses the year of %s, saying which years are allowed",
    (value) => {
      expect(parseCalendarDate(value, "the date")).toEqual({ error: `The date ${YEARS}` });
    },
  );

  it.each(["2025-02-29", "2025-13-01", "2025-04-31"])(
    "refuses %s, written right, as no day on the calendar",
    (value) => {
      expect(parseCalendarDate(value, "the date")).toEqual({
        error: `${value} is not a day on the calendar: enter the date as YYYY-MM-DD`,
      });
    },
  );

  it.each(["15/12/2025", "+02025-01-01", "2025-1-1", "30/11/2026", ""])(
    "refuses %j as not written YYYY-MM-DD",
    (value) => {
      expect(parseCalendarDate(value, "the date")).toEqual({
        error: "Enter the date as YYYY-MM-DD",
      });
    },
  );

  it("allows one day past today's date in UTC for time zones, and no more", () => {
    const past = { notInFuture: true };
    expect(parseCalendarDate("2026-06-15", "the date", past)).toHaveProperty("date");
    expect(parseCalendarDate("2026-06-16", "the date", past)).toHaveProperty("date");
    expect(parseCalendarDate("2026-06-17", "the date", past)).toEqual({
      error: `The date ${FUTURE}, today's date in UTC plus 1 day for time zones`,
    });
    // Late in the UTC day it is already tomorrow east of UTC; still only one day ahead.
    vi.setSystemTime(new Date("2026-06-15T23:59:59.000Z"));
    expect(parseCalendarDate("2026-06-17", "the date", past)).toHaveProperty("error");
  });
});

describe("the dates of claims, sources and outcomes", () => {
  it("refuses a claim made on 9999-12-31 or in the future, with the rule in the message", () => {
    expect(errorsOf(ZClaimInput, { ...claim, madeAt: "9999-12-31" })).toEqual({
      madeAt: `The date the claim was made ${YEARS}`,
    });
    expect(errorsOf(ZClaimInput, { ...claim, madeAt: "2026-07-01" })).toEqual({
      madeAt: expect.stringContaining(`The date the claim was made ${FUTURE}`) as string,
    });
    expect(
      errorsOf(ZClaimPatch, { id: claim.claimantId, version: 1, madeAt: "2030-01-01" }),
    ).toEqual({ madeAt: expect.stringContaining("cannot be in the future") as string });
  });

  it("lets the resolve-by date lie in the future, within 1900–2100", () => {
    expect(errorsOf(ZClaimInput, { ...claim, resolveBy: "2099-12-31" })).toEqual({});
    expect(errorsOf(ZClaimInput, { ...claim, resolveBy: "2101-01-01" })).toEqual({
      resolveBy: `The resolve-by date ${YEARS}`,
    });
  });

  it("refuses a source published in 2099 (new or edited) or before 1900", () => {
    expect(errorsOf(ZSourceInput, { ...source, publishedAt: "2099-01-01" })).toEqual({
      publishedAt: expect.stringContaining(`The publication date ${FUTURE}`) as string,
    });
    expect(errorsOf(ZSourcePatch, { id: claim.claimantId, publishedAt: "2099-01-01" })).toEqual({
      publishedAt: expect.stringContaining("cannot be in the future") as string,
    });
    expect(errorsOf(ZSourceInput, { ...source, publishedAt: "1800-01-01" })).toEqual({
      publishedAt: `The publication date ${YEARS}`,
    });
    expect(errorsOf(ZSourceInput, { ...source, publishedAt: "" })).toEqual({});
  });

  it("refuses an outcome dated 2030, and one of year 0", () => {
    expect(errorsOf(ZOutcomeInput, { ...outcome, occurredAt: "2030-01-01" })).toEqual({
      occurredAt: expect.stringContaining(`The date it happened ${FUTURE}`) as string,
    });
    expect(errorsOf(ZOutcomeInput, { ...outcome, occurredAt: "0000-01-01" })).toEqual({
      occurredAt: `The date it happened ${YEARS}`,
    });
    expect(errorsOf(ZOutcomeInput, { ...outcome, occurredAt: "2026-06-16" })).toEqual({});
  });
});

describe("the date filters of /claims, the API list and the exports", () => {
  const query = (q: string) => Object.fromEntries(new URLSearchParams(q));

  it("refuses ?from=0000-01-01 as a field error naming `from`", () => {
    expect(errorsOf(ZClaimListQuery, query("from=0000-01-01"))).toEqual({
      from: `The start date ${YEARS}`,
    });
    expect(errorsOf(ZExportQuery, query("to=9999-12-31"))).toEqual({
      to: `The end date ${YEARS}`,
    });
    expect(errorsOf(ZClaimSearch, { from: "1066-10-14" })).toEqual({
      from: `The start date ${YEARS}`,
    });
  });

  it("accepts a range reaching into the future", () => {
    const parsed = ZClaimListQuery.parse(query("from=2026-01-01&to=2100-12-31"));
    expect(parsed.to).toEqual(new Date("2100-12-31T00:00:00.000Z"));
  });
});
