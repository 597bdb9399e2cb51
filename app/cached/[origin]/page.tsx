import type { Metadata } from "next";
import { originOf } from "@/lib/cache/page-routes";
import { publicOrigin } from "@/lib/site/origin";
import { HomeContent, homeMetadata } from "@/components/public/home-content";

// The home page from the full route cache (lib/cache/page-routes.ts): rendered once, stored,
// and dropped with the lists' tag when a publication changes them.
export const dynamic = "error";
export const generateStaticParams = () => [];

type Props = { params: Promise<{ origin: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeMetadata(await publicOrigin(originOf((await params).origin)));
}

export default function CachedHomePage() {
  return <HomeContent />;
}
