import { randomUUID } from "node:crypto";

/** Logs an unexpected error with a fresh reference the user can quote; returns it. */
export function logUnexpected(
  scope: string,
  error: unknown,
  requestId: string = randomUUID(),
): string {
  console.error(`[${scope}] request ${requestId} failed`, error);
  return requestId;
}
