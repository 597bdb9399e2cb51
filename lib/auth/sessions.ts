import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { pruneAuthRecords } from "@/lib/auth/retention";

// Server-side sessions. The session cookie is a signed JWT that names a UserSession row; a
// request is signed in only while that row is neither revoked nor expired and its user is
// active. Signing out revokes the row, so a copied cookie stops working at once on every
// instance (OWASP ASVS 3.3.1); "sign out everywhere" revokes every row of the user.

/**
 * Opens a session for `userId` lasting `maxAgeSeconds`; returns its id for the cookie. Also
 * prunes long-expired sessions and old sign-in attempts (lib/auth/retention.ts).
 */
export async function openSession(userId: string, maxAgeSeconds: number): Promise<string> {
  const session = await db.userSession.create({
    data: { userId, expiresAt: new Date(Date.now() + maxAgeSeconds * 1000) },
    select: { id: true },
  });
  await pruneAuthRecords();
  return session.id;
}

/** The user of a live session, or null (unknown, revoked, expired, or user deactivated). */
export async function sessionUser(sessionId: string): Promise<SessionUser | null> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      revokedAt: true,
      expiresAt: true,
      user: {
        select: { id: true, email: true, name: true, role: true, active: true, timeZone: true },
      },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
  const { user } = session;
  if (!user.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    ...(user.timeZone ? { timeZone: user.timeZone } : {}),
  };
}

/** Revokes one session (sign-out). Unknown or already revoked ids are left as they are. */
export async function revokeSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
