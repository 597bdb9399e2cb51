// Personal API tokens: shown once, stored as a hash, acting as their owner with the owner's
// current role, and refused from the moment they are revoked or the owner is deactivated.
// The request (its headers and the next-auth session) is stood in for; the rest is real.
import { createHash } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { getCurrentUser } from "@/lib/auth/current-user";
import { openSession } from "@/lib/auth/sessions";
import { updateUser } from "@/lib/admin/update-user";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { findUserByApiToken } from "@/lib/api-tokens/find-user-by-api-token";
import { listActiveApiTokens, listOwnApiTokens } from "@/lib/api-tokens/queries";
import { auditEventsFor } from "@/test/support/admin-factories";
import { expectAppError, makeUser, makeUsers, ROLES } from "@/test/support/factories";

const request = vi.hoisted(() => ({
  headers: new Headers(),
  session: null as { userId?: string; sessionId?: string } | null,
}));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(request.headers) }));
vi.mock("next-auth", () => ({ getServerSession: () => Promise.resolve(request.session) }));

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

let users: Record<Role, SessionUser>;
beforeAll(async () => {
  users = await makeUsers();
});
beforeEach(() => {
  request.headers = new Headers();
  request.session = null;
});

async function newToken(owner: SessionUser, name = "export script") {
  return createApiToken.execute(owner, { name });
}

describe("createApiToken", () => {
  it("needs a signed-in member, and every member may make one", async () => {
    await expectAppError(createApiToken.execute(null, { name: "x" }), "UNAUTHORIZED");
    for (const role of ROLES) {
      const { apiToken, token } = await newToken(users[role], `${role} script`);
      expect(apiToken.owner.id).toBe(users[role].id);
      expect(token).toMatch(/^cw_[A-Za-z0-9_-]{43}$/);
    }
  });

  it("stores only the token's SHA-256, and audits the creation without the token", async () => {
    const { apiToken, token } = await newToken(users.ANALYST, "  nightly export  ");
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(stored).toMatchObject({
      userId: users.ANALYST.id,
      name: "nightly export",
      tokenHash: sha256(token),
      lastUsedAt: null,
      revokedAt: null,
    });
    const rows = await db.apiToken.findMany();
    expect(JSON.stringify(rows)).not.toContain(token.slice(3));
    const events = await auditEventsFor(apiToken.id);
    expect(events).toMatchObject([{ action: "apiToken.create", actorId: users.ANALYST.id }]);
    expect(JSON.stringify(events.map((e) => [e.before, e.after]))).not.toContain(token.slice(3));
    expect(apiToken).not.toHaveProperty("tokenHash");
  });

  it("names the field of a missing name", async () => {
    const error = await expectAppError(
      createApiToken.execute(users.VIEWER, { name: " " }),
      "INVALID",
    );
    expect(error.fields).toHaveProperty("name");
  });
});

describe("findUserByApiToken", () => {
  it("is the owner with their role now, and notes when the token was last used", async () => {
    const owner = await makeUser("EDITOR");
    const { apiToken, token } = await newToken(owner);
    expect(await findUserByApiToken(token)).toEqual(owner);
    const used = await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(used.lastUsedAt).not.toBeNull();

    // Within the minute, the stored time is left alone.
    await findUserByApiToken(token);
    const again = await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(again.lastUsedAt).toEqual(used.lastUsedAt);

    await updateUser.execute(users.ADMIN, { id: owner.id, role: "VIEWER" });
    expect(await findUserByApiToken(token)).toMatchObject({ id: owner.id, role: "VIEWER" });
  });

  it("refuses unknown tokens, the stored hash, and the tokens of a deactivated owner", async () => {
    const owner = await makeUser("ANALYST");
    const { token } = await newToken(owner);
    expect(await findUserByApiToken(`${token}x`)).toBeNull();
    expect(await findUserByApiToken(sha256(token))).toBeNull();
    expect(await findUserByApiToken("")).toBeNull();

    await updateUser.execute(users.ADMIN, { id: owner.id, active: false });
    expect(await findUserByApiToken(token)).toBeNull();
    await updateUser.execute(users.ADMIN, { id: owner.id, active: true });
    expect(await findUserByApiToken(token)).toEqual(owner);
  });
});

describe("revokeApiToken", () => {
  it("stops the token working at once, audited", async () => {
    const owner = await makeUser("ANALYST");
    const { apiToken, token } = await newToken(owner);
    const revoked = await revokeApiToken.execute(owner, { id: apiToken.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await findUserByApiToken(token)).toBeNull();
    expect((await auditEventsFor(apiToken.id)).map((e) => e.action)).toEqual([
      "apiToken.create",
      "apiToken.revoke",
    ]);
    await expectAppError(revokeApiToken.execute(owner, { id: apiToken.id }), "CONFLICT");
  });

  it("refuses another member's token (as not found), except to an admin", async () => {
    const owner = await makeUser("VIEWER");
    const { apiToken, token } = await newToken(owner);
    await expectAppError(revokeApiToken.execute(null, { id: apiToken.id }), "UNAUTHORIZED");
    for (const role of ["VIEWER", "ANALYST", "EDITOR"] as const) {
      await expectAppError(revokeApiToken.execute(users[role], { id: apiToken.id }), "NOT_FOUND");
    }
    expect(await findUserByApiToken(token)).toEqual(owner);
    await revokeApiToken.execute(users.ADMIN, { id: apiToken.id });
    expect(await findUserByApiToken(token)).toBeNull();
    const [, revoke] = await auditEventsFor(apiToken.id);
    expect(revoke).toMatchObject({ action: "apiToken.revoke", actorId: users.ADMIN.id });
  });
});

describe("listing tokens", () => {
  it("shows members only their own, and every active one only to admins", async () => {
    const a = await makeUser("ANALYST");
    const b = await makeUser("ANALYST");
    const mine = await newToken(a, "mine");
    const theirs = await newToken(b, "theirs");
    await expectAppError(listOwnApiTokens(null), "UNAUTHORIZED");
    expect((await listOwnApiTokens(a)).map((t) => t.id)).toEqual([mine.apiToken.id]);

    for (const role of ["VIEWER", "ANALYST", "EDITOR"] as const) {
      await expectAppError(listActiveApiTokens(users[role]), "FORBIDDEN");
    }
    await revokeApiToken.execute(b, { id: theirs.apiToken.id });
    const active = (await listActiveApiTokens(users.ADMIN)).map((t) => t.id);
    expect(active).toContain(mine.apiToken.id);
    expect(active).not.toContain(theirs.apiToken.id);
  });
});

describe("getCurrentUser with Authorization: Bearer", () => {
  it("is the token's owner", async () => {
    const owner = await makeUser("ANALYST");
    const { token } = await newToken(owner);
    request.headers = new Headers({ authorization: `Bearer ${token}` });
    expect(await getCurrentUser()).toEqual(owner);
    request.headers = new Headers({ authorization: `bearer   ${token} ` });
    expect(await getCurrentUser()).toEqual(owner);
  });

  it("is nobody for a bad or revoked token, even with someone's session alongside", async () => {
    const owner = await makeUser("EDITOR");
    const { apiToken, token } = await newToken(owner);
    request.session = { userId: users.ADMIN.id, sessionId: await openSession(users.ADMIN.id, 60) };
    for (const authorization of ["Bearer", "Bearer nonsense", `Bearer ${token} extra`]) {
      request.headers = new Headers({ authorization });
      expect(await getCurrentUser()).toBeNull();
    }
    await revokeApiToken.execute(owner, { id: apiToken.id });
    request.headers = new Headers({ authorization: `Bearer ${token}` });
    expect(await getCurrentUser()).toBeNull();
  });

  it("leaves a request without a bearer token to its session", async () => {
    request.session = {
      userId: users.EDITOR.id,
      sessionId: await openSession(users.EDITOR.id, 60),
    };
    expect(await getCurrentUser()).toEqual(users.EDITOR);
    request.headers = new Headers({ authorization: "Basic dXNlcjpwYXNz" });
    expect(await getCurrentUser()).toEqual(users.EDITOR);
  });
});
