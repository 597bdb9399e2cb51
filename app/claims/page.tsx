import type { Metadata } from "next";
import { firstValues } from "@/lib/claims/filters";
import { publicOrigin } from "@/lib/site/origin";
import { ClaimSearchResults, searchMetadata } from "@/components/public/claim-search-results";

export async function generateMetadata(): Promise<Metadata> {
  return searchMetadata(await publicOrigin());
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// A first page is served from the cached app/cached/[origin]/search/[query]/page.tsx
// (lib/cache/page-routes.ts); this page answers further pages and malformed searches.
export default async function ClaimsPage({ searchParams }: Props) {
  return <ClaimSearchResults values={firstValues(await searchParams)} />;
}
