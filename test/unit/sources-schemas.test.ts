import { describe, expect, it } from "vitest";
import { ZCitationInput } from "@/lib/citations/schemas";
import { parseSourceListQuery } from "@/lib/sources/list-query";
import { ZSourceInput, ZSourcePatch } from "@/lib/sources/schemas";
import { AppError } from "@/lib/errors";

const valid = {
  url: "https://News.Example.org/a/?utm_source=x",
  title: "  A title  ",
  kind: "NEWS_ARTICLE",
  capturedText: "Line one\r\nLine two",
};

describe("ZSourceInput", () => {
  it("normalises the URL, trims text, unifies line endings and fills defaults", () => {
    expect(ZSourceInput.parse({ ...valid, outlet: "", language: " pt-BR " })).toEqual({
      url: "https://news.example.org/a",
      title: "A title",
      outlet: null,
      author: null,
      publishedAt: null,
      kind: "NEWS_ARTICLE",
      language: "pt-BR",
      reliability: "F",
      capturedText: "Line one\nLine two",
      captureMethod: "PASTED",
    });
  });

  it("reads the form's empty reliability as a missing choice", () => {
    const result = ZSourceInput.safeParse({ ...valid, reliability: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["reliability"]);
  });
});

describe("ZSourcePatch", () => {
  it("leaves absent fields absent, so they stay as they are", () => {
    const id = "3f2a8d1e-1c1b-4b5e-9a55-2f1f2f1f2f1f";
    expect(ZSourcePatch.parse({ id, reliability: "A" })).toEqual({ id, reliability: "A" });
    expect(ZSourcePatch.parse({ id, outlet: "" })).toEqual({ id, outlet: null });
  });
});

describe("ZCitationInput", () => {
  const base = {
    claimId: "3f2a8d1e-1c1b-4b5e-9a55-2f1f2f1f2f1f",
    sourceId: "4f2a8d1e-1c1b-4b5e-9a55-2f1f2f1f2f1f",
    quote: " a quote\r\n ",
  };
  it.each([
    ["1", "CONFIRMED"],
    [4, "DOUBTFUL"],
    [" 6 ", "CANNOT_BE_JUDGED"],
    ["PROBABLY_TRUE", "PROBABLY_TRUE"],
  ])("reads the credibility %j as %s", (credibility, expected) => {
    const parsed = ZCitationInput.parse({ ...base, credibility });
    expect(parsed.credibility).toBe(expected);
    expect(parsed.quote).toBe("a quote");
  });

  it.each(["0", "7", 1.5, "", "probably"])("refuses the credibility %j", (credibility) => {
    expect(ZCitationInput.safeParse({ ...base, credibility }).success).toBe(false);
  });
});

describe("parseSourceListQuery", () => {
  it("reads empty filters as none and applies defaults", () => {
    expect(parseSourceListQuery(new URLSearchParams("q=&kind=&reliability="))).toEqual({
      q: undefined,
      kind: undefined,
      reliability: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it("names a bad parameter", () => {
    let error: unknown;
    try {
      parseSourceListQuery(new URLSearchParams("kind=RUMOUR&pageSize=500"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(Object.keys((error as AppError).fields ?? {}).sort()).toEqual(["kind", "pageSize"]);
  });
});
