// Factories for the actor and topic data tests (users, publishing and the AppError
// expectation are in factories.ts).
import type { SessionUser } from "@/lib/auth/session-user";
import { createClaim } from "@/lib/claims/create-claim";
import { tag } from "@/test/support/factories";

/** A draft claim by `author` attributed to `claimantId`, through the real use case. */
export async function makeClaim(
  author: SessionUser,
  claimantId: string,
  topicIds: string[] = [],
): Promise<string> {
  const { id } = await createClaim.execute(author, {
    statement: `A claim ${tag()}`,
    isVerbatim: false,
    claimantId,
    madeAt: "2025-12-15",
    kind: "STATEMENT",
    topicIds,
  });
  return id;
}
