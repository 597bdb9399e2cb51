import type { Metadata } from "next";
import { publicOrigin } from "@/lib/site/origin";
import { HomeContent, homeMetadata } from "@/components/public/home-content";

// Public: the latest published claims, read as an anonymous visitor whoever is signed in.
// `/` itself is served from the cached app/cached/[origin]/page.tsx (lib/cache/page-routes.ts);
// this page answers `/` with a query string, and is not rendered at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return homeMetadata(await publicOrigin());
}

export default function HomePage() {
  return <HomeContent />;
}
