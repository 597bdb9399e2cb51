import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { originOf, searchValues } from "@/lib/cache/page-routes";
import { publicOrigin } from "@/lib/site/origin";
import { ClaimSearchResults, searchMetadata } from "@/components/public/claim-search-results";

// The first page of a claim search from the full route cache (lib/cache/page-routes.ts):
// each search's page is rendered once and dropped with the tags of its reads.
export const dynamic = "error";
export const generateStaticParams = () => [];

type Props = { params: Promise<{ origin: string; query: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(await publicOrigin(originOf((await params).origin)));
}

export default async function CachedSearchPage({ params }: Props) {
  const values = searchValues((await params).query);
  if (!values) notFound();
  return <ClaimSearchResults values={values} />;
}
