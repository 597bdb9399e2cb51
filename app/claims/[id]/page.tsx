import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getClaim } from "@/lib/claims/queries";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { AppError } from "@/lib/errors";
import { loadClaimReview } from "@/lib/public/claim-review-data";
import { publicOrigin } from "@/lib/site/origin";
import { ClaimArticle, claimMetadata } from "@/components/claims/claim-article";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
};

// Members (and any request with a query) reach this page; an anonymous visit without one is
// served the cached copy of app/cached/[origin]/claims/[id] (lib/cache/page-routes.ts).

// Cached so that the metadata and the page share one lookup per request.
const load = cache(async (id: string) => {
  const user = await getCurrentUser();
  try {
    const scope = resolveClaimScope(user, user ? "internal" : "public");
    return { claim: await getClaim(user, id, scope), scope };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { claim } = await load((await params).id);
  return claimMetadata(claim, await publicOrigin());
}

export default async function ClaimPage({ params, searchParams }: Props) {
  const { claim, scope } = await load((await params).id);
  // From the public reading whoever looks: the markup describes what is published.
  const [user, claimReview] = await Promise.all([getCurrentUser(), loadClaimReview(claim.id)]);
  const { saved } = await searchParams;
  return (
    <ClaimArticle claim={claim} scope={scope} user={user} claimReview={claimReview} saved={saved} />
  );
}
