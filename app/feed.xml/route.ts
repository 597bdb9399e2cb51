import { renderAtomFeed } from "@/lib/public/atom";
import { listFeedItems } from "@/lib/public/feed-entries";
import { organizationName, publicOrigin } from "@/lib/site/origin";

// Read on every request, like the home page; caching is decided in one place, not here.
export const dynamic = "force-dynamic";

/** The Atom feed of published claims and approved outcome updates, newest first. */
export async function GET() {
  const [origin, items] = await Promise.all([publicOrigin(), listFeedItems()]);
  const author = organizationName();
  const xml = renderAtomFeed({
    id: `${origin}/feed.xml`,
    title: `${author}: claims and outcomes`,
    subtitle: "Claims made in the news as we published them, and what became of them.",
    selfUrl: `${origin}/feed.xml`,
    siteUrl: `${origin}/`,
    author,
    entries: items.map(({ path, ...item }) => ({ ...item, url: `${origin}${path}` })),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
