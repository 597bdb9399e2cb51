import { publicOrigin } from "@/lib/site/origin";
import { listSitemapFiles } from "@/lib/public/sitemap-entries";
import { renderSitemapIndex } from "@/lib/public/sitemap-xml";

// Read on every request, like the home page; caching is decided in one place, not here.
export const dynamic = "force-dynamic";

/** The sitemap index: one file for the fixed, actor and topic pages, then claim files, then source files. */
export async function GET() {
  const [origin, files] = await Promise.all([publicOrigin(), listSitemapFiles()]);
  const xml = renderSitemapIndex(files.map((n) => `${origin}/sitemaps/${n}.xml`));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
