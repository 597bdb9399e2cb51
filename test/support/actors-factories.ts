// Factories for the actor and topic data tests: real rows in the test file's own database.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { createClaim } from "@/lib/claims/create-claim";

export const tag = () => randomUUID().slice(0, 8);

/** One user per role, as the guards see them. */
export async function makeUsers(): Promise<Record<Role, SessionUser>> {
  const roles: Role[] = ["VIEWER", "ANALYST", "EDITOR", "ADMIN"];
  const users = await Promise.all(
    roles.map((role) =>
      db.user.create({
        data: { email: `${role.toLowerCase()}-${tag()}@example.test`, name: role, role },
      }),
    ),
  );
  return Object.fromEntries(
    users.map((u) => [u.role, { id: u.id, email: u.email, name: u.name, role: u.role }]),
  ) as Record<Role, SessionUser>;
}

/** A draft claim by `author` attributed to `claimantId`, through the real use case. */
export async function makeClaim(
  author: SessionUser,
  claimantId: string,
  topicIds: string[] = [],
): Promise<string> {
  const { id } = await createClaim.execute(author, {
    statement: `A claim ${tag()}`,
    isVerbatim: false,
    claimantId,
    madeAt: "2025-12-15",
    kind: "STATEMENT",
    topicIds,
  });
  return id;
}

/** Publishes the claim's current revision directly: the review workflow is not under test. */
export async function publish(claimId: string): Promise<void> {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
  const revision = await db.claimRevision.findUniqueOrThrow({
    where: { claimId_number: { claimId, number: claim.version } },
  });
  await db.claim.update({
    where: { id: claimId },
    data: {
      editorialStatus: "PUBLISHED",
      publishedRevisionId: revision.id,
      firstPublishedAt: new Date(),
      publicOutcomeStatus: claim.outcomeStatus,
    },
  });
}

/** Expects `promise` to reject with an AppError of `code`, and returns the error. */
export async function rejectsWith(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error: unknown = await promise.then(
    (value) => {
      throw new Error(`Expected ${code}, but it succeeded with ${JSON.stringify(value)}`);
    },
    (e: unknown) => e,
  );
  expect(error, `expected an AppError ${code}, got ${String(error)}`).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code, appError.message).toBe(code);
  return appError;
}
