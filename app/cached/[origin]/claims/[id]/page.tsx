import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getClaim } from "@/lib/claims/queries";
import { originOf } from "@/lib/cache/page-routes";
import { AppError } from "@/lib/errors";
import { loadClaimReview } from "@/lib/public/claim-review-data";
import { publicOrigin } from "@/lib/site/origin";
import { ClaimArticle, claimMetadata } from "@/components/claims/claim-article";

// The public claim page from the full route cache (lib/cache/page-routes.ts says who gets
// it): rendered once per claim from cached reads, stored, and dropped with their tags.
export const dynamic = "error";
export const generateStaticParams = () => [];

type Props = { params: Promise<{ origin: string; id: string }> };

const load = cache(async (id: string) => {
  try {
    return await getClaim(null, id, "public");
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { origin, id } = await params;
  return claimMetadata(await load(id), await publicOrigin(originOf(origin)));
}

export default async function CachedClaimPage({ params }: Props) {
  const { origin, id } = await params;
  const claim = await load(id);
  const claimReview = await loadClaimReview(claim.id, originOf(origin));
  return <ClaimArticle claim={claim} scope="public" user={null} claimReview={claimReview} />;
}
