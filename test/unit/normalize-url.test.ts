import { describe, expect, it } from "vitest";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";

const normalized = (raw: string) => {
  const result = normalizeSourceUrl(raw);
  if (!result.ok) throw new Error(`${raw} was refused: ${result.reason}`);
  return result.url;
};

describe("normalizeSourceUrl", () => {
  it("lower-cases the scheme and host but keeps the path's case", () => {
    expect(normalized("HTTPS://News.Example.ORG/World/Story")).toBe(
      "https://news.example.org/World/Story",
    );
  });

  it("removes a default port and keeps any other", () => {
    expect(normalized("http://example.org:80/a")).toBe("http://example.org/a");
    expect(normalized("https://example.org:443/a")).toBe("https://example.org/a");
    expect(normalized("https://example.org:8443/a")).toBe("https://example.org:8443/a");
    expect(normalized("http://example.org:443/a")).toBe("http://example.org:443/a");
  });

  it("folds equivalent percent-encodings into one spelling (RFC 3986 §6.2.2)", () => {
    const tilde = normalized("https://example.org/~editor/story");
    expect(normalized("https://example.org/%7eeditor/story")).toBe(tilde);
    expect(normalized("https://example.org/%7Eeditor/story")).toBe(tilde);
    expect(normalized("https://example.org/story-%31")).toBe(
      normalized("https://example.org/story-1"),
    );
    expect(normalized("https://example.org/a%2fb?q=%e2%82%ac")).toBe(
      "https://example.org/a%2Fb?q=%E2%82%AC",
    );
    expect(normalized("https://example.org/?id=%41%42")).toBe("https://example.org?id=AB");
  });

  it("drops the final dot of a fully qualified host name", () => {
    expect(normalized("https://example.org./a")).toBe(normalized("https://example.org/a"));
    expect(normalized("https://EXAMPLE.org.:443/a")).toBe("https://example.org/a");
  });

  it("removes the fragment", () => {
    expect(normalized("https://example.org/a#section-2")).toBe("https://example.org/a");
  });

  it("removes utm_* parameters, whatever their case, and keeps the others in order", () => {
    expect(
      normalized("https://example.org/a?utm_source=x&id=7&UTM_Medium=y&b=2&utm_campaign=z"),
    ).toBe("https://example.org/a?id=7&b=2");
    expect(normalized("https://example.org/a?utm_source=x&utm_medium=y")).toBe(
      "https://example.org/a",
    );
    expect(normalized("https://example.org/a?utm%5Fsource=x")).toBe("https://example.org/a");
  });

  it("keeps parameters that merely contain utm, and their spelling", () => {
    expect(normalized("https://example.org/?notutm_x=1&q=a+b%20c")).toBe(
      "https://example.org?notutm_x=1&q=a+b%20c",
    );
  });

  it("removes trailing slashes, also from the bare host", () => {
    expect(normalized("https://example.org/a/b/")).toBe("https://example.org/a/b");
    expect(normalized("https://example.org/a//")).toBe("https://example.org/a");
    expect(normalized("https://example.org/")).toBe("https://example.org");
    expect(normalized("https://example.org")).toBe("https://example.org");
  });

  it("makes the spellings of one page equal", () => {
    const spellings = [
      "https://news.example.org/2025/12/15/story",
      "HTTPS://NEWS.example.org:443/2025/12/15/story/",
      "https://news.example.org/2025/12/15/story/?utm_source=newsletter&utm_medium=email#top",
      "  https://news.example.org/2025/12/15/story?  ",
    ];
    expect(new Set(spellings.map(normalized)).size).toBe(1);
  });

  it("trims surrounding whitespace and spells international hosts in ASCII", () => {
    expect(normalized("  https://bücher.example/a  ")).toBe("https://xn--bcher-kva.example/a");
  });

  it("refuses anything but absolute http(s) addresses", () => {
    expect(normalizeSourceUrl("javascript:alert(1)")).toEqual({ ok: false, reason: "scheme" });
    expect(normalizeSourceUrl("JavaScript:alert(document.cookie)//https://x")).toEqual({
      ok: false,
      reason: "scheme",
    });
    expect(normalizeSourceUrl("data:text/html,<script>alert(1)</script>")).toEqual({
      ok: false,
      reason: "scheme",
    });
    expect(normalizeSourceUrl("ftp://example.org/file")).toEqual({ ok: false, reason: "scheme" });
    expect(normalizeSourceUrl("example.org/story")).toEqual({ ok: false, reason: "invalid" });
    expect(normalizeSourceUrl("/relative/path")).toEqual({ ok: false, reason: "invalid" });
    expect(normalizeSourceUrl("")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses addresses carrying a user name or password", () => {
    expect(normalizeSourceUrl("https://user:secret@example.org/a")).toEqual({
      ok: false,
      reason: "credentials",
    });
  });
});
