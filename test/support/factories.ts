// Factories for data tests: each call creates real rows in the test file's own database,
// with unique values so that tests in one file never collide.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TClaimInput } from "@/lib/claims/schemas";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";

function unique(): string {
  return randomUUID().slice(0, 8);
}

/** A user with the given role, as the guards see them. */
export async function makeUser(
  role: Role,
  options: { password?: string; active?: boolean; email?: string } = {},
): Promise<SessionUser> {
  const user = await db.user.create({
    data: {
      email: options.email ?? `${role.toLowerCase()}-${unique()}@example.test`,
      name: `Test ${role.toLowerCase()}`,
      role,
      active: options.active ?? true,
      deactivatedAt: options.active === false ? new Date() : null,
      passwordHash: options.password ? await hashPassword(options.password) : null,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function makeActor(name = `Actor ${unique()}`) {
  return db.actor.create({ data: { name, kind: "PERSON" } });
}

export async function makeTopic(name = `Topic ${unique()}`) {
  return db.topic.create({ data: { name, slug: name.toLowerCase().replaceAll(/\W+/g, "-") } });
}

export async function makeSource(createdById: string) {
  return db.source.create({
    data: {
      url: `https://news.example.test/${unique()}`,
      title: "A test article",
      kind: "NEWS_ARTICLE",
      createdById,
    },
  });
}

/** A valid createClaim input; override any field. */
export function claimInput(claimantId: string, overrides: Partial<TClaimInput> = {}): TClaimInput {
  return {
    statement: `We will finish the bridge by spring (${unique()}).`,
    isVerbatim: true,
    claimantId,
    claimantRole: "Minister of transport",
    madeAt: "2025-12-15",
    kind: "PROMISE",
    topicIds: [],
    resolutionCriteria: "Holds if the bridge opens to traffic by 2026-03-20.",
    resolveBy: "2026-03-20",
    ...overrides,
  };
}

/**
 * Approves and publishes the claim's current revision directly in the database: the review
 * workflow is not under test here, only what the public reading shows afterwards.
 */
export async function publishCurrentRevision(claimId: string): Promise<void> {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
  const revision = await db.claimRevision.findUniqueOrThrow({
    where: { claimId_number: { claimId, number: claim.version } },
  });
  await db.claim.update({
    where: { id: claimId },
    data: {
      editorialStatus: "PUBLISHED",
      publishedRevisionId: revision.id,
      firstPublishedAt: claim.firstPublishedAt ?? new Date(),
    },
  });
}

/** Awaits `promise`, expects it to reject with an AppError of `code`, and returns the error. */
export async function expectAppError(
  promise: Promise<unknown>,
  code: ErrorCode,
): Promise<AppError> {
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
