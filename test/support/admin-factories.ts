// Factories for the admin, invitation and API-token data tests: real rows in the test file's
// own database, with unique emails so tests in one file never collide.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";

export const tag = () => randomUUID().slice(0, 8);

export const ROLES = ["VIEWER", "ANALYST", "EDITOR", "ADMIN"] as const satisfies Role[];

/** A user with the given role, as the guards see them. */
export async function makeUser(
  role: Role,
  options: { active?: boolean; email?: string } = {},
): Promise<SessionUser> {
  const user = await db.user.create({
    data: {
      email: options.email ?? `${role.toLowerCase()}-${tag()}@example.test`,
      name: `${role.charAt(0)}${role.slice(1).toLowerCase()} ${tag()}`,
      role,
      active: options.active ?? true,
      deactivatedAt: options.active === false ? new Date() : null,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** One user per role. */
export async function makeUsers(): Promise<Record<Role, SessionUser>> {
  const entries = await Promise.all(ROLES.map(async (r) => [r, await makeUser(r)] as const));
  return Object.fromEntries(entries) as Record<Role, SessionUser>;
}

/** Awaits a promise that must fail with an AppError of this code; returns the error. */
export async function rejectsWith(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** Every audit event about one record, oldest first. */
export function auditEventsFor(entityId: string) {
  return db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}
