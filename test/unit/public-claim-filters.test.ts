import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsFrom } from "@/lib/errors";
import { filterParams, firstValues, ZClaimSearch } from "@/lib/claims/filters";
import { ZClaimListQuery, ZExportQuery, ZScopeQuery } from "@/lib/api/claims-query";

const query = (text: string) => Object.fromEntries(new URLSearchParams(text));

function fieldsOf(schema: z.ZodType, text: string): Record<string, string> {
  const parsed = schema.safeParse(query(text));
  if (parsed.success) throw new Error("expected the query to be refused");
  return fieldErrorsFrom(parsed.error);
}

describe("ZClaimSearch (the /claims page)", () => {
  it("reads empty values as no filter and starts at the first page", () => {
    const parsed = ZClaimSearch.parse({
      q: " ",
      kind: "",
      outcome: "",
      topic: "",
      actor: "",
      from: "",
      to: "",
    });
    expect(parsed).toEqual({ from: null, to: null });
  });

  it("names each bad field with a message a reader can act on", () => {
    const result = ZClaimSearch.safeParse({
      kind: "RUMOUR",
      outcome: "MAYBE",
      actor: "someone",
      from: "2025-13-01",
      to: "15/12/2025",
      page: "0",
      q: "x".repeat(201),
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]),
    );
    expect(messages).toEqual({
      kind: "Choose a kind from the list",
      outcome: "Choose an outcome from the list",
      actor: "Choose an actor from the list",
      from: "2025-13-01 is not a day on the calendar: enter the start date as YYYY-MM-DD",
      to: "Enter the end date as YYYY-MM-DD",
      page: "Pages are followed by cursor now: use the Next page link",
      q: "Search words must be at most 200 characters",
    });
  });

  it("refuses a range that ends before it starts, on its end date", () => {
    const result = ZClaimSearch.safeParse({ from: "2025-12-31", to: "2025-01-01" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["to", "The end date must be on or after the start date"],
    ]);
  });

  it("refuses an old page number, and keeps a cursor for the search to check", () => {
    for (const page of ["1", "2", "abc"]) {
      expect(ZClaimSearch.safeParse({ page }).success, page).toBe(false);
    }
    expect(ZClaimSearch.parse({ cursor: "abc" }).cursor).toBe("abc");
    expect(ZClaimSearch.safeParse({ cursor: "x".repeat(401) }).success).toBe(false);
  });
});

describe("filterParams", () => {
  it("writes the filters back as the parameters that produce them", () => {
    const raw = {
      q: "Umarov peace",
      kind: "PREDICTION",
      outcome: "NOT_HELD",
      topic: "russia-ukraine-peace-talks",
      actor: "6a3c0f1e-6c1b-4f0e-9d7a-6b2f3c4d5e6f",
      from: "2025-12-01",
      to: "2025-12-31",
    };
    const { cursor: _cursor, ...filters } = ZClaimSearch.parse({ ...raw, cursor: "abc" });
    expect(Object.fromEntries(filterParams(filters))).toEqual(raw);
    expect(filterParams({}).toString()).toBe("");
  });

  it("takes the first of repeated page parameters", () => {
    expect(firstValues({ q: ["a", "b"], kind: "PROMISE", none: undefined })).toEqual({
      q: "a",
      kind: "PROMISE",
    });
  });
});

describe("GET /api/v1/claims parameters", () => {
  it("keep scope, cursor and pageSize, and add the filters", () => {
    const parsed = ZClaimListQuery.parse(
      query("scope=internal&cursor=abc&pageSize=50&q=Umarov&kind=PROMISE"),
    );
    expect(parsed).toEqual({
      scope: "internal",
      cursor: "abc",
      pageSize: 50,
      q: "Umarov",
      kind: "PROMISE",
      from: null,
      to: null,
    });
    expect(ZClaimListQuery.parse({})).toMatchObject({ scope: "public", pageSize: 20 });
  });

  it("answer a bad parameter with a 400 naming it", () => {
    expect(fieldsOf(ZClaimListQuery, "from=2025-13-01&page=0&pageSize=500")).toEqual({
      from: "2025-13-01 is not a day on the calendar: enter the start date as YYYY-MM-DD",
      page: "Pages are followed by cursor now: use the Next page link",
      pageSize: "pageSize must be a whole number from 1 to 100",
    });
    expect(fieldsOf(ZClaimListQuery, "scope=everything")).toEqual({
      scope: "scope must be public or internal",
    });
    expect(fieldsOf(ZExportQuery, "outcome=MAYBE")).toEqual({
      outcome: "Choose an outcome from the list",
    });
  });

  it("let a single record's route ignore list parameters", () => {
    expect(ZScopeQuery.parse(query("scope=internal&page=0&from=bad")).scope).toBe("internal");
  });
});
