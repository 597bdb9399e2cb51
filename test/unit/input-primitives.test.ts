import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/errors";
import { escapeLike } from "@/lib/escape-like";
import { findUnstorable, text, unstorableReason } from "@/lib/forms/text";
import { pageNumber, pageSize, SOURCE_BODY_MAX_BYTES, searchQuery } from "@/lib/forms/query";
import nextConfig from "../../next.config.js";

describe("text: the one free-text schema", () => {
  const name = text("The name", 10, "Enter the name");

  it.each([
    ["a\u0000b", "The name contains a NUL character, which cannot be stored"],
    ["a\ud800b", "The name contains an incomplete character (a lone UTF-16 surrogate)"],
    ["\udc00", "The name contains an incomplete character (a lone UTF-16 surrogate)"],
    ["a\u0007b", "The name contains a control character"],
    ["a\u001bb", "The name contains a control character"],
    ["a\u000bb", "The name contains a control character"],
    ["a\rb", "The name contains a control character"],
    ["a\n\rb", "The name contains a control character"],
    ["a\u007fb", "The name contains a control character"],
    ["01234567890", "The name must be at most 10 characters"],
    ["   ", "Enter the name"],
  ])("refuses %j with a message naming the field", (value, message) => {
    const parsed = name.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error && fieldErrorsFrom(parsed.error)).toEqual({ _: message });
  });

  it("keeps tab, line ends, accents and whole surrogate pairs", () => {
    expect(name.parse(" a\tb\r\nc ")).toBe("a\tb\r\nc");
    expect(name.parse("Umárov 😀")).toBe("Umárov 😀");
    expect(unstorableReason("😀")).toBeNull();
  });

  it("finds unstorable text anywhere in raw input, keys included, by path", () => {
    expect(findUnstorable({ a: ["ok", { b: "x\u0000" }] })).toEqual({
      path: "a.1.b",
      reason: "contains a NUL character, which cannot be stored",
    });
    expect(findUnstorable({ ["k\ud800"]: 1 })?.path).toBe("_key");
    expect(findUnstorable({ a: 1, b: [true, null, "fine"] })).toBeNull();
    // A captured article may end lines with a lone CR; its schema unifies them, so the raw
    // guard lets CR through, while DEL is refused everywhere.
    expect(findUnstorable({ capturedText: "one\rtwo" })).toBeNull();
    expect(findUnstorable({ capturedText: "one\u007ftwo" })?.path).toBe("capturedText");
  });
});

describe("page and pageSize: decimal integers up to a stated maximum", () => {
  const page = pageNumber();
  it.each(["0", "-1", "0x10", "1e3", "+1", " 2", "1.5", "99999999999999999999", "10001", "abc"])(
    "refuses %j",
    (value) => {
      const parsed = page.safeParse(value);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("page must be a whole number from 1 to 10,000");
    },
  );

  it("reads decimal digits and defaults when absent", () => {
    expect(page.parse("16")).toBe(16);
    expect(page.parse("10000")).toBe(10_000);
    expect(page.parse(undefined)).toBe(1);
    expect(page.parse("")).toBe(1);
    expect(pageSize(20).parse(undefined)).toBe(20);
    expect(pageSize(20).safeParse("101").success).toBe(false);
  });
});

describe("search words", () => {
  it("refuses over-long and unstorable words, and reads blank as no search", () => {
    const q = searchQuery("q");
    expect(q.safeParse("x".repeat(201)).success).toBe(false);
    expect(q.safeParse("a\u0000b").success).toBe(false);
    expect(q.parse("  ")).toBeUndefined();
    expect(q.parse(" 50% ")).toBe("50%");
  });

  it("escapes LIKE metacharacters so they match only themselves", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
  });
});

describe("body limits", () => {
  it("let the proxy pass the largest body a route accepts", () => {
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(SOURCE_BODY_MAX_BYTES);
  });
});
