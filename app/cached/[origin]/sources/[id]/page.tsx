import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getPublicSource } from "@/lib/sources/public-source";
import { PublicSourceView, publicSourceMetadata } from "@/components/sources/public-source-view";

// The public source page from the full route cache (lib/cache/page-routes.ts says who gets
// it): rendered once per source from its cached read, and dropped with that read's tags when
// a claim citing it is published or retracted, or the source is edited or re-captured.
export const dynamic = "error";
export const generateStaticParams = () => [];

type Props = { params: Promise<{ origin: string; id: string }> };

const load = cache(async (id: string) => (await getPublicSource(id)) ?? notFound());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return publicSourceMetadata(await load((await params).id));
}

export default async function CachedSourcePage({ params }: Props) {
  return <PublicSourceView source={await load((await params).id)} />;
}
