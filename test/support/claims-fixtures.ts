// Shared setup for the createClaim and updateClaim data tests: one user per role, a claimant,
// and a count of every row a claim write touches.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeActor, makeUser } from "@/test/support/factories";

/** A well-formed id that no row has. */
export const UNKNOWN_UUID = "6f1d2c1e-8a1b-4c3d-9e8f-0a1b2c3d4e5f";

/** One user per role and the actor the test claims are attributed to. */
export async function makeClaimFixtures(): Promise<{
  users: Record<Role, SessionUser>;
  claimantId: string;
}> {
  const users = {
    VIEWER: await makeUser("VIEWER"),
    ANALYST: await makeUser("ANALYST"),
    EDITOR: await makeUser("EDITOR"),
    ADMIN: await makeUser("ADMIN"),
  };
  const claimantId = (await makeActor("Oleksandr Kubrakov")).id;
  return { users, claimantId };
}

/** Everything a claim write could leave behind, to prove a refused write left nothing. */
export async function snapshotCounts() {
  const [claims, revisions, audits, claimTopics] = await Promise.all([
    db.claim.count(),
    db.claimRevision.count(),
    db.auditEvent.count(),
    db.claimTopic.count(),
  ]);
  return { claims, revisions, audits, claimTopics };
}
