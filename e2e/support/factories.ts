import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import type { Role } from "../../lib/generated/prisma/enums";
import { testDb } from "./db";

export const TEST_PASSWORD = "correct horse battery staple";

export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

// One argon2 hash of the shared test password per worker: hashing costs tens of milliseconds
// of the CPU the browsers and the server share, and a salt per test account proves nothing.
let testPasswordHash: Promise<string> | undefined;

/** A fresh account of the given role, so specs never share (or lock out) an account. */
export async function createUser(
  role: Role,
  overrides: { active?: boolean } = {},
): Promise<TestUser> {
  const tag = randomUUID().slice(0, 8);
  const email = `${role.toLowerCase()}-${tag}@e2e.example.org`;
  const name = `${role.charAt(0)}${role.slice(1).toLowerCase()} ${tag}`;
  const user = await testDb().user.create({
    data: {
      email,
      name,
      role,
      passwordHash: await (testPasswordHash ??= hashPassword(TEST_PASSWORD)),
      ...overrides,
    },
  });
  return { id: user.id, email, name, role, password: TEST_PASSWORD };
}

/** An actor to attribute claims to. */
export async function createActor(name = `Test actor ${randomUUID().slice(0, 8)}`) {
  return testDb().actor.create({ data: { name, kind: "PERSON", affiliation: "E2E" } });
}
