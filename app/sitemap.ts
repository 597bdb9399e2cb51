import type { MetadataRoute } from "next";
import { publicOrigin } from "@/lib/public/origin";
import { listSitemapItems } from "@/lib/public/sitemap-entries";

// Read on every request, like the home page; caching is decided in one place, not here.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [origin, items] = await Promise.all([publicOrigin(), listSitemapItems()]);
  return [
    { url: `${origin}/`, changeFrequency: "daily" },
    { url: `${origin}/claims`, changeFrequency: "daily" },
    ...items.map((item) => ({ url: `${origin}${item.path}`, lastModified: item.lastModified })),
  ];
}
