import { publicOrigin } from "@/lib/site/origin";
import { listSitemapItems } from "@/lib/public/sitemap-entries";
import { renderUrlSet } from "@/lib/public/sitemap-xml";

export const dynamic = "force-dynamic";

/** One sitemap file, `/sitemaps/<n>.xml` or `/sitemaps/sources-<n>.xml`, as the index at /sitemap.xml names them. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^((?:sources-)?\d{1,6})\.xml$/.exec((await params).file);
  const items = match?.[1] ? await listSitemapItems(match[1]) : [];
  if (!match || (items.length === 0 && match[1] !== "0")) {
    return new Response("Not found", { status: 404 });
  }
  const origin = await publicOrigin();
  const xml = renderUrlSet(
    items.map((i) => ({ url: `${origin}${i.path}`, lastModified: i.lastModified })),
  );
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
