import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anchorQuote, locateQuote } from "@/lib/sources/text-quote";
import { foldText } from "@/lib/sources/text-fold";

const article = readFileSync("prisma/seed/seed-article.txt", "utf8");

/** Anchors and checks the invariant every anchor keeps: exact is the source's own slice. */
function anchor(text: string, quote: string, context?: { prefix?: string; suffix?: string }) {
  const a = anchorQuote(text, quote, context);
  if (a.found) {
    expect(a.exact).toBe(text.slice(a.start, a.end));
    expect(text.slice(0, a.start).endsWith(a.prefix)).toBe(true);
    expect(text.slice(a.end).startsWith(a.suffix)).toBe(true);
  }
  return a;
}

describe("anchorQuote", () => {
  it("anchors a quote with the words before and after it", () => {
    const a = anchor(article, "similar to Article 5 of the NATO treaty");
    expect(a.found).toBe(true);
    expect(a.exact).toBe("similar to Article 5 of the NATO treaty");
    expect(a.prefix.endsWith("truly strong guarantees, ")).toBe(true);
    expect(a.suffix.startsWith(", as well as")).toBe(true);
    expect(a.prefix.length).toBeLessThanOrEqual(32);
  });

  it("forgives extra whitespace and typographic quotes, and keeps the source's own words", () => {
    const a = anchor(article, "Ukraine's   chief negotiator\nand defense minister");
    expect(a.found).toBe(true);
    expect(a.exact).toBe("Ukraine’s chief negotiator and defense minister");
  });

  it("reports a quote that is not in the text, keeping it as given", () => {
    const a = anchor(article, "  The war is over.  ");
    expect(a).toEqual({ exact: "The war is over.", prefix: "", suffix: "", found: false });
  });

  it("does not match an empty quote, nor one of invisible characters only", () => {
    expect(anchor(article, "   ").found).toBe(false);
    expect(anchor(article, "\u00AD\u200B").found).toBe(false);
  });
});

describe("anchorQuote with case folds that change a string's length", () => {
  // The example: `İ` folds to two code units (i + U+0307), which shifted the offsets.
  it.each([
    ["İİİİ İLHAM said: peace by Friday", "peace by Friday"],
    ["İ said: peace by Friday", "peace by Friday"],
    ["İİİİ İLHAM said: peace by Friday", "PEACE BY FRIDAY"],
    ["ßßß ŉŉ ẞ: peace by Friday", "peace by friday"],
    ["ﬁﬁ ΐΐ said: peace by Friday", "peace by Friday"],
  ])("in %j finds %j at its own offsets", (text, quote) => {
    const a = anchor(text, quote);
    expect(a.found).toBe(true);
    expect(a.exact).toBe("peace by Friday");
    expect(a.start).toBe(text.indexOf("peace by Friday"));
  });

  it.each([
    ["İLHAM said", "i̇lham said"],
    ["Die Straße ist frei", "DIE STRASSE IST"],
    ["Die STRASSE ist frei", "die straße"],
    ["Die Straße ist frei", "die straẞe"],
    ["ŉ was", "ʼN WAS"],
    ["ŉ was", "'n was"],
    ["ΟΔΥΣΣΕΥΣ", "οδυσσευς"],
  ])("finds the folded spelling: %j by %j", (text, quote) => {
    const a = anchor(text, quote);
    expect(a.found).toBe(true);
    expect(a.start).toBe(0);
  });

  it("never matches part of a character", () => {
    expect(anchor("Die Straße", "stras").found).toBe(false);
    expect(anchor("un café noir", "cafe").found).toBe(false);
    expect(anchor("un café noir", "un caf").found).toBe(true);
    expect(anchor("한국", "하").found).toBe(false);
  });
});

describe("anchorQuote with canonical equivalence and invisible characters", () => {
  it.each([
    ["un café noir", "cafe\u0301 noir", "café noir"],
    ["un cafe\u0301 noir", "CAFÉ", "cafe\u0301"],
    ["a\u0323\u0307 b", "a\u0307\u0323 b", "a\u0323\u0307 b"],
    ["ṩ b", "s\u0307\u0323 b", "ṩ b"],
    ["대한민국 말", "대한민국".normalize("NFD"), "대한민국"],
    ["peace\u00ADful times", "peaceful times", "peace\u00ADful times"],
    ["peace\u200Bful times", "peace\u2060ful\uFEFF times", "peace\u200Bful times"],
    ["peace by\u00A0Friday", "peace  by\n Friday", "peace by\u00A0Friday"],
    ["peace \u00AD by \u202F Friday", "peace by Friday", "peace \u00AD by \u202F Friday"],
    ["He said “no” — twice…", 'he said "no" - twice...', "He said “no” — twice…"],
    ["It’s ‘fine’ – isn’t it?", "it's 'fine' - isn't it?", "It’s ‘fine’ – isn’t it?"],
    ["«Mir» heißt", '"mir" heisst', "«Mir» heißt"],
    ["emoji 👍🏽 ok", "EMOJI 👍🏽 OK", "emoji 👍🏽 ok"],
  ])("in %j finds %j as %j", (text, quote, exact) => {
    const a = anchor(text, quote);
    expect(a.found).toBe(true);
    expect(a.exact).toBe(exact);
  });

  it("keeps accents: a different letter is a different word", () => {
    expect(anchor("resume the talks", "résumé").found).toBe(false);
    expect(anchor("m² of land", "m2 of land").found).toBe(false);
  });

  it("never cuts the context inside a character", () => {
    const text = `${"👍".repeat(40)}peace${"e\u0301".repeat(40)}`;
    const a = anchor(text, "peace");
    expect(a.prefix).toBe("👍".repeat(16));
    expect(a.suffix).toBe("e\u0301".repeat(16));
  });
});

describe("foldText", () => {
  it("maps every folded code unit back to the characters it came from", () => {
    const text = "İ ß\u00A0\u00A0…";
    const { folded, starts, ends } = foldText(text);
    expect(folded).toBe("i\u0307 ss ...");
    expect([...starts]).toEqual([0, 0, 1, 2, 2, 3, 5, 5, 5]);
    expect([...ends]).toEqual([1, 1, 2, 3, 3, 5, 6, 6, 6]);
  });
});

describe("locateQuote", () => {
  it("prefers the occurrence whose context matches", () => {
    const text = "one apple here, two apple there";
    const selector = { exact: "apple", prefix: "two ", suffix: " there" };
    expect(locateQuote(text, selector)?.start).toBe(text.lastIndexOf("apple"));
    expect(locateQuote(text, { exact: "pear", prefix: "", suffix: "" })).toBeNull();
  });

  it("compares the context by the same rules as the quote", () => {
    const text = "İLHAM said: peace by Friday. ÖMER said: peace by Friday.";
    const selector = { exact: "PEACE BY FRIDAY", prefix: "Ömer said:\u00A0", suffix: "." };
    const found = locateQuote(text, selector);
    expect(found?.start).toBe(text.lastIndexOf("peace"));
    expect(found?.exact).toBe("peace by Friday");
  });

  it("uses the suffix when the prefixes agree", () => {
    const text = "he said yes, then no. he said yes, then maybe.";
    const selector = { exact: "yes", prefix: "he said ", suffix: ", then maybe" };
    expect(locateQuote(text, selector)?.start).toBe(text.lastIndexOf("yes"));
  });
});
