// Factories for the outcome, forecast, comment and dashboard data tests: real rows in the
// test file's own database, with unique values so tests in one file never collide.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

const unique = () => randomUUID().slice(0, 8);

export async function makeMember(
  role: Role,
  name = `Test ${role.toLowerCase()}`,
): Promise<SessionUser> {
  const user = await db.user.create({
    data: { email: `${role.toLowerCase()}-${unique()}@example.test`, name, role },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** One user per role, for "this role may / may not" tables. */
export async function makeMembers(): Promise<Record<Role, SessionUser>> {
  return {
    VIEWER: await makeMember("VIEWER"),
    ANALYST: await makeMember("ANALYST"),
    EDITOR: await makeMember("EDITOR"),
    ADMIN: await makeMember("ADMIN"),
  };
}

/**
 * A claim written straight to the database (claim creation is not under test here), with
 * its first revision; `published` also makes that revision the public one.
 */
export async function makeClaim(
  createdById: string,
  options: { published?: boolean; data?: Partial<Prisma.ClaimUncheckedCreateInput> } = {},
) {
  const actor = await db.actor.create({ data: { name: `Actor ${unique()}`, kind: "PERSON" } });
  const content = {
    statement: `The bridge will open by spring (${unique()}).`,
    isVerbatim: true,
    claimantId: actor.id,
    madeAt: new Date("2025-12-15T00:00:00Z"),
    kind: "PREDICTION" as const,
    resolveBy: new Date("2026-03-20T00:00:00Z"),
  };
  const claim = await db.claim.create({ data: { ...content, createdById, ...options.data } });
  const revision = await db.claimRevision.create({
    data: { ...content, claimId: claim.id, number: 1, authorId: createdById },
  });
  if (!options.published) return claim;
  return db.claim.update({
    where: { id: claim.id },
    data: {
      editorialStatus: "PUBLISHED",
      publishedRevisionId: revision.id,
      firstPublishedAt: new Date(),
    },
  });
}

export async function makeSource(createdById: string, title = "A test article") {
  return db.source.create({
    data: {
      url: `https://news.example.test/${unique()}`,
      title,
      kind: "NEWS_ARTICLE",
      createdById,
    },
  });
}

/** Awaits `promise`, expects an AppError with `code`, and returns it. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode) {
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
