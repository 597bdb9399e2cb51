import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ClaimPage } from "@/lib/claims/queries";
import { byDateMadeDesc, findClaimPage } from "@/lib/claims/queries";
import { resolveClaimScope, visibleClaimsWhere, type ClaimScope } from "@/lib/claims/visibility";

export const TOPIC_CLAIMS_PAGE_SIZE = 25;

/**
 * The public sees a claim under a topic when its published revision has the topic; members
 * go by the working copy.
 */
function byTopic(scope: ClaimScope, topicId: string): Prisma.ClaimWhereInput {
  return scope === "internal"
    ? { topics: { some: { topicId } } }
    : { publishedRevision: { is: { topics: { some: { topicId } } } } };
}

/** A topic's claims as the user may see them, newest first. */
export async function listTopicClaims(
  user: SessionUser | null,
  topicId: string,
  options: { scope?: ClaimScope; page?: number } = {},
): Promise<ClaimPage & { scope: ClaimScope }> {
  const scope = resolveClaimScope(user, options.scope ?? "public");
  const page = Math.max(1, options.page ?? 1);
  const where: Prisma.ClaimWhereInput = {
    AND: [visibleClaimsWhere(scope), byTopic(scope, topicId)],
  };
  const result = await findClaimPage(scope, where, {
    page,
    pageSize: TOPIC_CLAIMS_PAGE_SIZE,
    orderBy: byDateMadeDesc(scope),
  });
  return { ...result, scope };
}
