import "server-only";
import { db, type Tx } from "@/lib/db";

// Failed sign-ins slow down whoever fails, with exponential back-off, and never lock anyone
// out for good (OWASP ASVS 2.2.1, Authentication cheat sheet "account lockout"). Three
// budgets, each counted in PostgreSQL so that they hold across app instances:
//   - one account from one address: the usual guesser, slowed after a few failures;
//   - one address, any account: password spraying from one machine;
//   - one account, any address: a distributed attack, with a high threshold and a short
//     cap, so that strangers' failures never stop the owner signing in from elsewhere.
// Past its threshold, each further failure doubles the wait before the next attempt from
// that budget, up to the cap. A refused attempt is not counted, so waiting always works.

export interface Budget {
  /** Failures allowed before any wait. */
  free: number;
  /** The wait after the first failure past `free`, in seconds; doubles with each one. */
  baseSeconds: number;
  /** The longest wait, in seconds. */
  capSeconds: number;
}

export const BUDGETS = {
  accountAndAddress: { free: 5, baseSeconds: 30, capSeconds: 15 * 60 },
  // High enough for a newsroom behind one NAT address, low enough to stop a spraying run.
  address: { free: 100, baseSeconds: 30, capSeconds: 15 * 60 },
  account: { free: 50, baseSeconds: 5, capSeconds: 60 },
} as const satisfies Record<string, Budget>;

/** Failures older than this are forgotten. */
export const WINDOW_MINUTES = 60;

/** Seconds to wait after `failures` failures; 0 while within the free allowance. */
export function backOffSeconds(failures: number, budget: Budget): number {
  if (failures < budget.free) return 0;
  const doublings = Math.min(failures - budget.free, 30);
  return Math.min(budget.baseSeconds * 2 ** doublings, budget.capSeconds);
}

interface Counts {
  failures: number;
  lastFailure: Date | null;
}

/** Failures (and the latest one) matching `where` since `since`, after the last success. */
async function count(
  tx: Tx,
  where: { email?: string; clientAddress?: string },
  since: Date,
  resetOnSuccess: boolean,
): Promise<Counts> {
  const success = resetOnSuccess
    ? await tx.signInAttempt.findFirst({
        where: { ...where, succeeded: true, createdAt: { gte: since } },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      })
    : null;
  const failed = await tx.signInAttempt.aggregate({
    where: { ...where, succeeded: false, createdAt: { gt: success?.createdAt ?? since } },
    _count: true,
    _max: { createdAt: true },
  });
  return { failures: failed._count, lastFailure: failed._max.createdAt };
}

function waitFor(counts: Counts, budget: Budget, now: Date): number {
  if (!counts.lastFailure) return 0;
  const until = counts.lastFailure.getTime() + backOffSeconds(counts.failures, budget) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

export type SignInAttempt =
  { throttled: true; retryAfterSeconds: number } | { throttled: false; attemptId: bigint };

/**
 * Checks the three budgets and records the attempt as a failure in one step, serialised per
 * account by an advisory lock, so a burst of simultaneous guesses at one account cannot all
 * pass the check before any is counted. (Not per address: every sign-in from one office
 * would queue behind the others; a burst across accounts overshoots that budget by at most
 * the burst's size.) A successful sign-in then marks its attempt as succeeded.
 */
export async function beginSignInAttempt(
  email: string,
  clientAddress: string,
  now = new Date(),
): Promise<SignInAttempt> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${email}))`;
    const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
    const waits = [
      waitFor(
        await count(tx, { email, clientAddress }, since, true),
        BUDGETS.accountAndAddress,
        now,
      ),
      waitFor(await count(tx, { clientAddress }, since, false), BUDGETS.address, now),
      waitFor(await count(tx, { email }, since, true), BUDGETS.account, now),
    ];
    const retryAfterSeconds = Math.max(...waits);
    if (retryAfterSeconds > 0) return { throttled: true, retryAfterSeconds };
    const attempt = await tx.signInAttempt.create({
      data: { email, clientAddress, succeeded: false, createdAt: now },
    });
    return { throttled: false, attemptId: attempt.id };
  }, TRANSACTION_OPTIONS);
}

// Sign-ins at one account queue on its lock; under load, waiting for a turn must not fail
// the attempt (Prisma's defaults are 2 s to get a connection and 5 s in all).
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

export async function markSignInSucceeded(attemptId: bigint): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}
