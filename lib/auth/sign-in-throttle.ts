import "server-only";
import { db, type Tx } from "@/lib/db";

// Counted in PostgreSQL rather than in memory so that the limit holds across app instances.
export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

/** Failures since the last success within the window. */
async function recentFailures(client: Tx, email: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const lastSuccess = await client.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return client.signInAttempt.count({
    where: { email, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
  });
}

export async function isLockedOut(email: string, now = new Date()): Promise<boolean> {
  return (await recentFailures(db, email, now)) >= MAX_FAILURES;
}

export type SignInAttempt = { locked: true } | { locked: false; attemptId: bigint };

/**
 * Checks the limit and records the attempt as a failure in one step, serialised per email by
 * an advisory lock: a burst of simultaneous guesses cannot all pass the check before any of
 * them is counted. A successful sign-in then marks its attempt as succeeded.
 */
export async function beginSignInAttempt(email: string, now = new Date()): Promise<SignInAttempt> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${email}))`;
    if ((await recentFailures(tx, email, now)) >= MAX_FAILURES) return { locked: true };
    const attempt = await tx.signInAttempt.create({ data: { email, succeeded: false } });
    return { locked: false, attemptId: attempt.id };
  });
}

export async function markSignInSucceeded(attemptId: bigint): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}
