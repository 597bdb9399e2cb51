import type { SessionUser } from "@/lib/auth/session-user";
import { getClaim } from "@/lib/claims/queries";
import { resolveClaimScope, type ClaimScope } from "@/lib/claims/visibility";
import { listCitationsForClaim } from "@/lib/citations/queries";
import { listOutcomeTimeline } from "@/lib/outcomes/queries";

// Test support: what a claim page shows, read through the same queries the pages use, so a
// test can check a reading whole. (The pages call these queries themselves.)

/**
 * A claim with its citations and outcome timeline, in the reading the user may have. The
 * claim is looked up first, so nothing about a claim the user may not see is read.
 */
export async function getClaimDetails(
  user: SessionUser | null,
  id: string,
  wanted: ClaimScope = "public",
) {
  const scope = resolveClaimScope(user, wanted);
  const claim = await getClaim(user, id, scope);
  const [citations, timeline] = await Promise.all([
    listCitationsForClaim(id, scope),
    listOutcomeTimeline(id, scope),
  ]);
  return { claim, scope, citations, timeline };
}

export type ClaimDetails = Awaited<ReturnType<typeof getClaimDetails>>;
