// Factories for data tests: each call creates real rows in the test file's own database,
// with unique values so that tests in one file never collide. The one place for users, the
// AppError expectation and publishing; the other *-factories.ts files build on these.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TClaimInput } from "@/lib/claims/schemas";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { submitForReview } from "@/lib/review/submit-for-review";
import { approveReview } from "@/lib/review/approve-review";

/** A short random tag that keeps names and emails unique. */
export const tag = () => randomUUID().slice(0, 8);

export const ROLES = ["VIEWER", "ANALYST", "EDITOR", "ADMIN"] as const satisfies Role[];

/** A user with the given role, as the guards see them. */
export async function makeUser(
  role: Role,
  options: { password?: string; active?: boolean; email?: string; name?: string } = {},
): Promise<SessionUser> {
  const user = await db.user.create({
    data: {
      email: options.email ?? `${role.toLowerCase()}-${tag()}@example.test`,
      name: options.name ?? `${role.charAt(0)}${role.slice(1).toLowerCase()} ${tag()}`,
      role,
      active: options.active ?? true,
      deactivatedAt: options.active === false ? new Date() : null,
      passwordHash: options.password ? await hashPassword(options.password) : null,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** One user per role, for "this role may / may not" tables. */
export async function makeUsers(): Promise<Record<Role, SessionUser>> {
  const entries = await Promise.all(ROLES.map(async (r) => [r, await makeUser(r)] as const));
  return Object.fromEntries(entries) as Record<Role, SessionUser>;
}

export async function makeActor(name = `Actor ${tag()}`) {
  return db.actor.create({ data: { name, kind: "PERSON" } });
}

export async function makeTopic(name = `Topic ${tag()}`) {
  return db.topic.create({ data: { name, slug: name.toLowerCase().replaceAll(/\W+/g, "-") } });
}

export async function makeSource(createdById: string, title = "A test article") {
  return db.source.create({
    data: {
      url: `https://news.example.test/${tag()}`,
      title,
      kind: "NEWS_ARTICLE",
      createdById,
    },
  });
}

/** A valid createClaim input; override any field. */
export function claimInput(claimantId: string, overrides: Partial<TClaimInput> = {}): TClaimInput {
  return {
    statement: `We will finish the bridge by spring (${tag()}).`,
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
 * Publishes the claim's pending changes the way the app does: `analyst` submits them for
 * review and `editor` approves.
 */
export async function publishThroughReview(
  claimId: string,
  analyst: SessionUser,
  editor: SessionUser,
): Promise<void> {
  const { reviewId } = await submitForReview.execute(analyst, { claimId });
  await approveReview.execute(editor, { reviewId });
}

/**
 * Makes the claim's current revision (and outcome) the public one directly in the database,
 * for tests of what a reading shows where the review workflow is not under test (and for
 * claims written straight to the database, which the workflow would not accept).
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
      publicOutcomeStatus: claim.outcomeStatus,
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
