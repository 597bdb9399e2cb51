import type { MetadataRoute } from "next";
import { publicOrigin } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

/** Crawlers may read everything public; the team's pages and sign-in are not for indexing. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // /cached/ is where the public pages are served from (lib/cache/page-routes.ts); their
      // own addresses are the ones to index.
      disallow: ["/dashboard", "/admin", "/review", "/api/auth", "/sign-in", "/cached/"],
    },
    sitemap: `${await publicOrigin()}/sitemap.xml`,
  };
}
