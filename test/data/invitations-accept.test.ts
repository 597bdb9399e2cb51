// Invitations: created by admins only, stored as a hash, accepted once, before they expire,
// unless revoked; the account and the acceptance commit together with their audit events.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "@/lib/auth/password";
import {
  EMAIL_HAS_ACCOUNT,
  EMAIL_INVITED,
  createInvitation,
} from "@/lib/invitations/create-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import {
  ACCOUNT_EXISTS,
  INVITATION_UNUSABLE,
  acceptInvitation,
} from "@/lib/invitations/accept-invitation";
import { findUsableInvitation, listInvitations } from "@/lib/invitations/queries";
import { auditEventsFor } from "@/test/support/admin-factories";
import { expectAppError, makeUser, makeUsers, tag } from "@/test/support/factories";

const PASSWORD = "a long enough passphrase";
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

let users: Record<Role, SessionUser>;
beforeAll(async () => {
  users = await makeUsers();
});

async function invite(role: Role = "ANALYST", email = `new-${tag()}@example.test`) {
  const { invitation, token } = await createInvitation.execute(users.ADMIN, { email, role });
  return { ...invitation, token };
}

function accept(token: string, overrides: Record<string, string> = {}) {
  return acceptInvitation({
    token,
    name: "Nadia New",
    password: PASSWORD,
    confirmPassword: PASSWORD,
    ...overrides,
  });
}

describe("createInvitation", () => {
  it("is for admins only", async () => {
    const email = `refused-${tag()}@example.test`;
    await expectAppError(createInvitation.execute(null, { email, role: "VIEWER" }), "UNAUTHORIZED");
    for (const role of ["VIEWER", "ANALYST", "EDITOR"] as const) {
      await expectAppError(
        createInvitation.execute(users[role], { email, role: "ADMIN" }),
        "FORBIDDEN",
      );
    }
    expect(await db.invitation.count({ where: { email } })).toBe(0);
  });

  it("stores only the token's hash, a normalised email and a 7-day expiry", async () => {
    const before = Date.now();
    const { invitation, token } = await createInvitation.execute(users.ADMIN, {
      email: "  Ingrid.Invited@Example.TEST ",
      role: "EDITOR",
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored).toMatchObject({
      email: "ingrid.invited@example.test",
      role: "EDITOR",
      invitedById: users.ADMIN.id,
      tokenHash: sha256(token),
      acceptedAt: null,
      revokedAt: null,
    });
    const week = 7 * 24 * 60 * 60_000;
    expect(stored.expiresAt.getTime()).toBeGreaterThanOrEqual(before + week);
    expect(stored.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + week);
    const events = await auditEventsFor(invitation.id);
    expect(events).toMatchObject([{ action: "invitation.create", actorId: users.ADMIN.id }]);
    expect(JSON.stringify(events.map((e) => [e.before, e.after]))).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(invitation.status).toBe("PENDING");
  });

  it("refuses an address that has an account or a pending invitation", async () => {
    const taken = await expectAppError(
      createInvitation.execute(users.ADMIN, {
        email: users.EDITOR.email.toUpperCase(),
        role: "VIEWER",
      }),
      "CONFLICT",
    );
    expect(taken.fields).toEqual({ email: EMAIL_HAS_ACCOUNT });
    const pending = await invite();
    const again = await expectAppError(
      createInvitation.execute(users.ADMIN, { email: pending.email, role: "VIEWER" }),
      "CONFLICT",
    );
    expect(again.fields).toEqual({ email: EMAIL_INVITED });
  });

  it("names the field of a bad email or role", async () => {
    const error = await expectAppError(
      createInvitation.execute(users.ADMIN, { email: "not an email", role: "KING" }),
      "INVALID",
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["email", "role"]);
  });
});

describe("acceptInvitation", () => {
  it("creates the account with the invited role, once, with its audit events", async () => {
    const invitation = await invite("EDITOR");
    expect(await findUsableInvitation(invitation.token)).toEqual({
      email: invitation.email,
      role: "EDITOR",
      accountExists: false,
    });
    const { userId, email } = await accept(invitation.token, { name: "  Nadia New  " });
    expect(email).toBe(invitation.email);

    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({
      email: invitation.email,
      name: "Nadia New",
      role: "EDITOR",
      active: true,
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash ?? "", PASSWORD)).toBe(true);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.acceptedById).toBe(userId);
    expect(stored.acceptedAt).not.toBeNull();
    expect(await auditEventsFor(invitation.id)).toMatchObject([
      { action: "invitation.create", actorId: users.ADMIN.id },
      { action: "invitation.accept", actorId: userId },
    ]);
    expect(await auditEventsFor(userId)).toMatchObject([
      {
        action: "user.create",
        actorId: userId,
        after: { role: "EDITOR", invitationId: invitation.id },
      },
    ]);

    // The same link again: refused, nothing more written.
    const second = await expectAppError(
      accept(invitation.token, { name: "Someone Else" }),
      "NOT_FOUND",
    );
    expect(second.message).toBe(INVITATION_UNUSABLE);
    expect(await findUsableInvitation(invitation.token)).toBeNull();
    expect(await db.user.count({ where: { email: invitation.email } })).toBe(1);
    const listed = await listInvitations(users.ADMIN);
    expect(listed.find((i) => i.id === invitation.id)?.status).toBe("ACCEPTED");
  });

  it("works once even when the link is submitted twice at the same moment", async () => {
    const invitation = await invite();
    const results = await Promise.allSettled([accept(invitation.token), accept(invitation.token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { email: invitation.email } })).toBe(1);
  });

  it("refuses an expired link", async () => {
    const invitation = await invite();
    await db.invitation.update({
      where: { id: invitation.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await findUsableInvitation(invitation.token)).toBeNull();
    const error = await expectAppError(accept(invitation.token), "NOT_FOUND");
    expect(error.message).toBe(INVITATION_UNUSABLE);
    expect(await db.user.count({ where: { email: invitation.email } })).toBe(0);
    const listed = await listInvitations(users.ADMIN);
    expect(listed.find((i) => i.id === invitation.id)?.status).toBe("EXPIRED");
  });

  it("refuses a made-up or truncated token", async () => {
    const invitation = await invite();
    await expectAppError(accept(invitation.token.slice(0, -1)), "NOT_FOUND");
    await expectAppError(accept("x".repeat(43)), "NOT_FOUND");
    expect(await findUsableInvitation("")).toBeNull();
    // The hash itself is not a token.
    await expectAppError(accept(sha256(invitation.token)), "NOT_FOUND");
  });

  it("refuses when an account with the address appeared meanwhile, leaving the link unused", async () => {
    const invitation = await invite();
    await makeUser("VIEWER", { email: invitation.email });
    expect((await findUsableInvitation(invitation.token))?.accountExists).toBe(true);
    const error = await expectAppError(accept(invitation.token), "CONFLICT");
    expect(error.message).toBe(ACCOUNT_EXISTS);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.acceptedAt).toBeNull();
    expect(await auditEventsFor(invitation.id)).toHaveLength(1);
  });

  it("names each field that needs attention and writes nothing", async () => {
    const invitation = await invite();
    const short = await expectAppError(
      accept(invitation.token, { password: "too short", confirmPassword: "too short" }),
      "INVALID",
    );
    expect(short.fields?.password).toMatch(/at least 12 characters/);
    const mismatch = await expectAppError(
      accept(invitation.token, { confirmPassword: `${PASSWORD}!` }),
      "INVALID",
    );
    expect(mismatch.fields).toEqual({ confirmPassword: "The two passwords do not match" });
    const noName = await expectAppError(accept(invitation.token, { name: "   " }), "INVALID");
    expect(noName.fields).toHaveProperty("name");
    expect(await findUsableInvitation(invitation.token)).not.toBeNull();
  });
});

describe("revokeInvitation", () => {
  it("is for admins only", async () => {
    const invitation = await invite();
    await expectAppError(revokeInvitation.execute(null, { id: invitation.id }), "UNAUTHORIZED");
    for (const role of ["VIEWER", "ANALYST", "EDITOR"] as const) {
      await expectAppError(
        revokeInvitation.execute(users[role], { id: invitation.id }),
        "FORBIDDEN",
      );
    }
    expect(await findUsableInvitation(invitation.token)).not.toBeNull();
  });

  it("stops the link working, and applies only to a pending invitation", async () => {
    const invitation = await invite();
    const revoked = await revokeInvitation.execute(users.ADMIN, { id: invitation.id });
    expect(revoked.status).toBe("REVOKED");
    const error = await expectAppError(accept(invitation.token), "NOT_FOUND");
    expect(error.message).toBe(INVITATION_UNUSABLE);
    expect(await db.user.count({ where: { email: invitation.email } })).toBe(0);
    await expectAppError(revokeInvitation.execute(users.ADMIN, { id: invitation.id }), "CONFLICT");
    expect((await auditEventsFor(invitation.id)).map((e) => e.action)).toEqual([
      "invitation.create",
      "invitation.revoke",
    ]);

    const used = await invite();
    await accept(used.token);
    const late = await expectAppError(
      revokeInvitation.execute(users.ADMIN, { id: used.id }),
      "CONFLICT",
    );
    expect(late.message).toMatch(/this one is accepted/);
    await expectAppError(
      revokeInvitation.execute(users.ADMIN, { id: crypto.randomUUID() }),
      "NOT_FOUND",
    );
  });

  it("lets the address be invited again once the old invitation is revoked", async () => {
    const first = await invite();
    await revokeInvitation.execute(users.ADMIN, { id: first.id });
    const second = await invite("VIEWER", first.email);
    await accept(second.token);
    expect(await db.user.findUniqueOrThrow({ where: { email: first.email } })).toMatchObject({
      role: "VIEWER",
    });
  });
});
