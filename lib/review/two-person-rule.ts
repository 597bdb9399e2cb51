import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { changeSetAuthors, type ChangeSet } from "@/lib/review/change-set";

const TWO_PERSON_RULE = "a second team member must review it (two-person rule)";

/** Nobody decides on their own submission, whatever their role (admins included). */
export function assertNotOwnSubmission(user: SessionUser, submittedById: string): void {
  if (user.id === submittedById) {
    throw new AppError("FORBIDDEN", `You submitted this change, so ${TWO_PERSON_RULE}.`);
  }
}

/**
 * Nobody approves a change set that contains anything they authored: a revision (an
 * editor who edited an analyst's draft included), a citation or its withdrawal, or an
 * outcome update.
 * @throws FORBIDDEN naming the rule.
 */
export function assertNotOwnWork(
  user: SessionUser,
  submittedById: string,
  changes: ChangeSet,
): void {
  assertNotOwnSubmission(user, submittedById);
  if (changeSetAuthors(changes).has(user.id)) {
    throw new AppError(
      "FORBIDDEN",
      `This change contains work of yours (a revision, citation or outcome update), so ${TWO_PERSON_RULE}.`,
    );
  }
}
