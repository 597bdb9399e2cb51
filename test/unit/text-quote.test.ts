import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anchorQuote, locateQuote } from "@/lib/sources/text-quote";

const article = readFileSync("prisma/seed/seed-article.txt", "utf8");

describe("anchorQuote", () => {
  it("anchors a quote with the words before and after it", () => {
    const a = anchorQuote(article, "similar to Article 5 of the NATO treaty");
    expect(a.found).toBe(true);
    expect(a.exact).toBe("similar to Article 5 of the NATO treaty");
    expect(a.prefix.endsWith("truly strong guarantees, ")).toBe(true);
    expect(a.suffix.startsWith(", as well as")).toBe(true);
    expect(a.prefix.length).toBeLessThanOrEqual(32);
  });

  it("forgives extra whitespace and typographic quotes, and keeps the source's own words", () => {
    const a = anchorQuote(article, "Ukraine's   chief negotiator\nand defense minister");
    expect(a.found).toBe(true);
    expect(a.exact).toBe("Ukraine’s chief negotiator and defense minister");
  });

  it("reports a quote that is not in the text, keeping it as given", () => {
    const a = anchorQuote(article, "  The war is over.  ");
    expect(a).toEqual({ exact: "The war is over.", prefix: "", suffix: "", found: false });
  });

  it("does not match an empty quote", () => {
    expect(anchorQuote(article, "   ").found).toBe(false);
  });
});

describe("locateQuote", () => {
  it("prefers the occurrence whose context matches", () => {
    const text = "one apple here, two apple there";
    const second = anchorQuote(text, "two apple");
    const selector = { exact: "apple", prefix: "two ", suffix: " there" };
    expect(second.found).toBe(true);
    expect(locateQuote(text, selector)).toBe(text.lastIndexOf("apple"));
    expect(locateQuote(text, { exact: "pear", prefix: "", suffix: "" })).toBeNull();
  });
});
