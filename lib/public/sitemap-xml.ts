// The sitemaps.org XML formats: a sitemap index naming sitemap files, and a file (urlset)
// of at most 50,000 URLs. Pure functions, so the markup is unit-tested without a server.

const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `<sitemapindex>` naming each file by its absolute URL. */
export function renderSitemapIndex(fileUrls: string[]): string {
  const entries = fileUrls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${entries.join("\n")}\n</sitemapindex>\n`;
}

/** `<urlset>` of absolute URLs, each with its last modification time when known. */
export function renderUrlSet(urls: { url: string; lastModified?: string }[]): string {
  const entries = urls.map(
    (u) =>
      `<url><loc>${escapeXml(u.url)}</loc>${u.lastModified ? `<lastmod>${escapeXml(u.lastModified)}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}">\n${entries.join("\n")}\n</urlset>\n`;
}
