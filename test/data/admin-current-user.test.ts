// A role change or a deactivation applies at the user's very next request: getCurrentUser
// re-reads the user on each one. The request (its headers and the next-auth session) is
// stood in for; the user, the change and the check are real.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { updateUser } from "@/lib/admin/update-user";
import { getCurrentUser } from "@/lib/auth/current-user";
import { openSession, revokeSession } from "@/lib/auth/sessions";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { db } from "@/lib/db";
import { makeUser } from "@/test/support/factories";

/** The next-auth session of a fresh server-side session of `userId`. */
async function signedIn(userId: string) {
  return { userId, sessionId: await openSession(userId, 3600) };
}

const request = vi.hoisted(() => ({
  session: null as { userId?: string; sessionId?: string } | null,
}));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers()) }));
vi.mock("next-auth", () => ({ getServerSession: () => Promise.resolve(request.session) }));

beforeEach(() => {
  request.session = null;
});

describe("getCurrentUser with a session", () => {
  it("is nobody without a session", async () => {
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses a deactivated user at their next request, and knows them again when reactivated", async () => {
    const admin = await makeUser("ADMIN");
    const analyst = await makeUser("ANALYST");
    request.session = await signedIn(analyst.id);
    expect(await getCurrentUser()).toEqual(analyst);

    await updateUser.execute(admin, { id: analyst.id, active: false });
    expect(await getCurrentUser()).toBeNull();

    await updateUser.execute(admin, { id: analyst.id, active: true });
    expect(await getCurrentUser()).toEqual(analyst);
  });

  it("sees a new role at the next request", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    request.session = await signedIn(editor.id);
    await updateUser.execute(admin, { id: editor.id, role: "VIEWER" });
    expect(await getCurrentUser()).toMatchObject({ id: editor.id, role: "VIEWER" });
  });

  it("is nobody once the session is revoked, expired or unknown, or names another user", async () => {
    const analyst = await makeUser("ANALYST");
    const session = await signedIn(analyst.id);
    request.session = session;
    expect(await getCurrentUser()).toEqual(analyst);

    await revokeSession(session.sessionId);
    expect(await getCurrentUser()).toBeNull();

    const expired = await signedIn(analyst.id);
    await db.userSession.update({
      where: { id: expired.sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    request.session = expired;
    expect(await getCurrentUser()).toBeNull();

    request.session = { userId: analyst.id }; // a token from before server-side sessions
    expect(await getCurrentUser()).toBeNull();
    const other = await makeUser("VIEWER");
    request.session = { userId: other.id, sessionId: (await signedIn(analyst.id)).sessionId };
    expect(await getCurrentUser()).toBeNull();
  });

  it("signs out everywhere: every session of the user, audited, and no one else's", async () => {
    const viewer = await makeUser("VIEWER");
    const bystander = await makeUser("VIEWER");
    const [laptop, phone, theirs] = await Promise.all([
      signedIn(viewer.id),
      signedIn(viewer.id),
      signedIn(bystander.id),
    ]);
    await expect(signOutEverywhere.execute(viewer, {})).resolves.toEqual({ sessionsRevoked: 2 });
    for (const session of [laptop, phone]) {
      request.session = session;
      expect(await getCurrentUser()).toBeNull();
    }
    request.session = theirs;
    expect(await getCurrentUser()).toEqual(bystander);
    const audit = await db.auditEvent.findMany({
      where: { entityId: viewer.id, action: "user.signOutEverywhere" },
    });
    expect(audit).toHaveLength(1);
    await expect(signOutEverywhere.execute(null, {})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
