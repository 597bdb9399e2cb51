import "server-only";
import { db } from "@/lib/db";

// Counted in PostgreSQL rather than in memory so that the limit holds across app instances.
export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

export async function isLockedOut(email: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const failures = await db.signInAttempt.count({
    where: { email, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
  });
  return failures >= MAX_FAILURES;
}

export async function recordSignInAttempt(email: string, succeeded: boolean): Promise<void> {
  await db.signInAttempt.create({ data: { email, succeeded } });
}
