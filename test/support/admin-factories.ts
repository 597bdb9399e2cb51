// Helpers for the admin, invitation and API-token data tests (users and the AppError
// expectation are in factories.ts).
import { db } from "@/lib/db";

/** Every audit event about one record, oldest first. */
export function auditEventsFor(entityId: string) {
  return db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}
