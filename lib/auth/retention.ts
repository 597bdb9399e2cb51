import "server-only";
import { db } from "@/lib/db";

// Sign-in attempts count towards the throttle for an hour (WINDOW_MINUTES in
// sign-in-throttle.ts) and sessions stop working when they expire, but both are kept a while
// longer, so an admin investigating an account can still see who tried and when (OWASP ASVS
// 7.1: keep security events long enough to investigate). After that they are deleted, so the
// tables stay as small as the number of recent sign-ins, not every sign-in ever made.

/** Days an attempt, or an expired session, is kept before it is deleted. */
export const AUTH_RECORD_RETENTION_DAYS = 30;

/** Rows deleted per table per prune, so one sign-in never waits on a large backlog. */
export const PRUNE_BATCH = 1000;

/**
 * Deletes sign-in attempts older than AUTH_RECORD_RETENTION_DAYS and sessions that expired
 * more than that long ago, at most PRUNE_BATCH of each (the oldest first); returns how many
 * of each went. Run on every sign-in (lib/auth/sessions.ts), so it needs no scheduler and
 * works the same with any number of instances.
 */
export async function pruneAuthRecords(
  now: Date = new Date(),
): Promise<{ attempts: number; sessions: number }> {
  const before = new Date(now.getTime() - AUTH_RECORD_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const attempts = await db.$executeRaw`
    DELETE FROM "SignInAttempt" WHERE id IN (
      SELECT id FROM "SignInAttempt" WHERE "createdAt" < ${before}
      ORDER BY "createdAt" LIMIT ${PRUNE_BATCH})`;
  const sessions = await db.$executeRaw`
    DELETE FROM "UserSession" WHERE id IN (
      SELECT id FROM "UserSession" WHERE "expiresAt" < ${before}
      ORDER BY "expiresAt" LIMIT ${PRUNE_BATCH})`;
  return { attempts, sessions };
}
