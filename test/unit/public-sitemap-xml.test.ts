import { describe, expect, it } from "vitest";
import { renderSitemapIndex, renderUrlSet } from "@/lib/public/sitemap-xml";

describe("sitemap XML", () => {
  it("writes an index of files and a urlset, escaping what XML needs escaped", () => {
    const index = renderSitemapIndex(["https://x.test/sitemaps/0.xml", "https://x.test/a?b=1&c=2"]);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index).toContain("<sitemap><loc>https://x.test/sitemaps/0.xml</loc></sitemap>");
    expect(index).toContain("<loc>https://x.test/a?b=1&#38;c=2</loc>");
    const set = renderUrlSet([
      { url: "https://x.test/claims/1", lastModified: "2026-01-02T03:04:05.000Z" },
      { url: "https://x.test/topics/a<b>" },
    ]);
    expect(set).toContain(
      "<url><loc>https://x.test/claims/1</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod></url>",
    );
    expect(set).toContain("<url><loc>https://x.test/topics/a&#60;b&#62;</loc></url>");
  });
});
