import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { searchClaims, type ClaimPage } from "@/lib/claims/search-claims";
import { resolveClaimScope, type ClaimScope } from "@/lib/claims/visibility";

export const TOPIC_CLAIMS_PAGE_SIZE = 25;

/**
 * A topic's claims as the user may see them (the public by the published revision's topics,
 * members by the working copy's), newest made first, one keyset page. Errors: UNAUTHORIZED
 * for "internal" without a user, INVALID (field `cursor`) for a bad cursor.
 */
export async function listTopicClaims(
  user: SessionUser | null,
  topicSlug: string,
  options: { scope?: ClaimScope; cursor?: string | null } = {},
): Promise<ClaimPage & { scope: ClaimScope }> {
  const scope = resolveClaimScope(user, options.scope ?? "public");
  const page = await searchClaims(
    user,
    { topic: topicSlug, from: null, to: null },
    { scope, cursor: options.cursor, pageSize: TOPIC_CLAIMS_PAGE_SIZE, order: "made" },
  );
  return { ...page, scope };
}
