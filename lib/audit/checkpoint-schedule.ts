import "server-only";
import { recordHourlyCheckpoint } from "@/lib/audit/checkpoints";
import { auditSigningKey } from "@/lib/audit/signing-key";
import { env } from "@/lib/env";
import { logUnexpected } from "@/lib/log";

const HOUR_MS = 60 * 60 * 1000;
/** Instances spread their tries over the first two minutes of the hour. */
const JITTER_MS = 2 * 60 * 1000;
const RETRY_MS = 5 * 60 * 1000;

let started = false;

function msToNextTry(now = Date.now()): number {
  return HOUR_MS - (now % HOUR_MS) + Math.floor(Math.random() * JITTER_MS);
}

async function attempt(): Promise<void> {
  let next: number;
  try {
    await recordHourlyCheckpoint();
    next = msToNextTry();
  } catch (error) {
    logUnexpected("audit-checkpoint", error);
    next = RETRY_MS;
  }
  setTimeout(() => void attempt(), next).unref();
}

/**
 * Starts this instance's share of the hourly checkpoints. There is no leader and no state in
 * memory that matters: every instance tries at start and early in every hour, and the unique
 * hour bucket lets exactly one insert win, so the schedule survives any instance stopping.
 * A missing signing key is reported here, when the server starts.
 */
export async function startCheckpointSchedule(): Promise<void> {
  if (started) return;
  started = true;
  const signing = auditSigningKey();
  if (!signing.ok) {
    const level = env().NODE_ENV === "production" ? "ERROR" : "WARNING";
    console.error(`[claimwatch] ${level}: ${signing.message}`);
    return;
  }
  await attempt();
}
