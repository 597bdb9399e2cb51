import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { hashSecretToken } from "@/lib/admin/secret-token";

/** `lastUsedAt` is for people reviewing their tokens; minute precision is plenty. */
const LAST_USED_PRECISION_MS = 60_000;

/**
 * The user a personal API token acts as, or null when the token is unknown, revoked, or its
 * owner is deactivated. The role is the owner's role now, not when the token was made.
 */
export async function findUserByApiToken(token: string): Promise<SessionUser | null> {
  if (token.length === 0 || token.length > 200) return null;
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: {
      id: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  if (!found || found.revokedAt || !found.user.active) return null;

  // Bookkeeping, not a change anyone makes, so it is not audited (like sign-in attempts);
  // written at most once a minute per token so busy scripts do not write on every call.
  const now = new Date();
  await db.apiToken.updateMany({
    where: {
      id: found.id,
      OR: [
        { lastUsedAt: null },
        { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } },
      ],
    },
    data: { lastUsedAt: now },
  });
  const { id, email, name, role } = found.user;
  return { id, email, name, role };
}
