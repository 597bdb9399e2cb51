import { describe, expect, it } from "vitest";
import { DomUtils, parseDocument } from "htmlparser2";
import { renderAtomFeed, xmlText, type AtomEntry } from "@/lib/public/atom";

const { getElementsByTagName, textContent } = DomUtils;

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  id: "urn:uuid:6a3c0f1e-6c1b-4f0e-9d7a-6b2f3c4d5e6f",
  title: "Rustem Umerov: “We hope to reach an agreement”",
  updated: "2025-12-16T10:00:00.000Z",
  published: "2025-12-16T10:00:00.000Z",
  url: "https://claims.example/claims/6a3c0f1e",
  summary: "Prediction by Rustem Umerov, made on 2025-12-15. Outcome: Not held.",
  ...overrides,
});

const feed = (entries: AtomEntry[]) =>
  renderAtomFeed({
    id: "https://claims.example/feed.xml",
    title: "Claimwatch: claims and outcomes",
    subtitle: "Claims and what became of them.",
    selfUrl: "https://claims.example/feed.xml",
    siteUrl: "https://claims.example/",
    author: "Claimwatch",
    entries,
  });

describe("xmlText", () => {
  it("escapes markup characters and drops characters XML cannot carry", () => {
    expect(xmlText(`<b> & "q" 'a'`)).toBe("&lt;b&gt; &amp; &quot;q&quot; &apos;a&apos;");
    expect(xmlText("bell\u0007 nul\u0000 tab\t ok \uD83D\uDE00 lone\uD800")).toBe(
      "bell nul tab\t ok \uD83D\uDE00 lone",
    );
  });
});

describe("renderAtomFeed", () => {
  it("writes an Atom document whose entries carry id, title, updated, link, author and summary", () => {
    const xml = feed([entry(), entry({ id: "urn:uuid:2", updated: "2025-12-20T00:00:00.000Z" })]);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
      ),
    ).toBe(true);
    const doc = parseDocument(xml, { xmlMode: true });
    const entries = getElementsByTagName("entry", doc);
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      for (const name of ["id", "title", "updated", "link", "author", "summary"]) {
        expect(getElementsByTagName(name, e), name).toHaveLength(1);
      }
    }
    // The feed is as new as its newest entry.
    const root = getElementsByTagName("feed", doc)[0];
    const feedUpdated = root && getElementsByTagName("updated", root.children, false)[0];
    expect(feedUpdated && textContent(feedUpdated)).toBe("2025-12-20T00:00:00.000Z");
  });

  it("keeps hostile text as text: no element or entity sneaks in", () => {
    const hostile = `</summary><script>alert(1)</script>&entity; "quoted"`;
    const xml = feed([
      entry({ title: hostile, summary: hostile, url: `https://x.example/?a=1&b="2"` }),
    ]);
    const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
    expect(getElementsByTagName("script", doc)).toHaveLength(0);
    const [summary] = getElementsByTagName("summary", doc);
    expect(summary && textContent(summary)).toBe(hostile);
    const link = getElementsByTagName("link", getElementsByTagName("entry", doc)).at(0);
    expect(link?.attribs.href).toBe(`https://x.example/?a=1&b="2"`);
  });

  it("gives an empty feed a fixed updated time", () => {
    expect(feed([])).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
  });
});
