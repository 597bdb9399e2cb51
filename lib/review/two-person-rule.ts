import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";

/** Nobody decides on their own submission, whatever their role (admins included). */
export function assertNotOwnSubmission(user: SessionUser, submittedById: string): void {
  if (user.id === submittedById) {
    throw new AppError(
      "FORBIDDEN",
      "You submitted this change, so a second team member must review it (two-person rule).",
    );
  }
}
