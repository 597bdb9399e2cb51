// Runs once when a Claimwatch server instance starts (Next.js instrumentation hook).
// Node.js runtime only: the audit checkpoint schedule and the signing-key check need the
// database and the file system.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startCheckpointSchedule } = await import("@/lib/audit/checkpoint-schedule");
  await startCheckpointSchedule();
}
