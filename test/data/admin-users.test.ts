// Listing users, changing roles, deactivating and reactivating: admins only, audited, and
// never locking an admin out of their own account.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { listUsers } from "@/lib/admin/list-users";
import { OWN_ACCOUNT, OWN_ROLE, updateUser } from "@/lib/admin/update-user";
import { auditEventsFor } from "@/test/support/admin-factories";
import { expectAppError, makeUser, makeUsers } from "@/test/support/factories";

let users: Record<Role, SessionUser>;
beforeAll(async () => {
  users = await makeUsers();
});

describe("listUsers", () => {
  it("is for admins only", async () => {
    await expectAppError(listUsers(null, { q: "", page: 1 }), "UNAUTHORIZED");
    for (const role of ["VIEWER", "ANALYST", "EDITOR"] as const) {
      await expectAppError(listUsers(users[role], { q: "", page: 1 }), "FORBIDDEN");
    }
    const all = await listUsers(users.ADMIN, { q: "", page: 1 });
    expect(all.total).toBeGreaterThanOrEqual(4);
    expect(all.items.map((u) => u.id)).toEqual(expect.arrayContaining([users.EDITOR.id]));
  });

  it("finds users by a piece of their name or email, in any case", async () => {
    const target = await makeUser("ANALYST", { email: "zelda.quill@example.test" });
    const byEmail = await listUsers(users.ADMIN, { q: "ZELDA.Q", page: 1 });
    expect(byEmail.items.map((u) => u.id)).toEqual([target.id]);
    expect(byEmail.items[0]).toMatchObject({ role: "ANALYST", active: true, deactivatedAt: null });
    const none = await listUsers(users.ADMIN, { q: "no-such-person", page: 1 });
    expect(none).toMatchObject({ items: [], total: 0 });
  });
});

describe("updateUser: changing a role", () => {
  it("refuses everyone but admins, and changes nothing", async () => {
    const target = await makeUser("VIEWER");
    await expectAppError(
      updateUser.execute(null, { id: target.id, role: "EDITOR" }),
      "UNAUTHORIZED",
    );
    for (const role of ["VIEWER", "ANALYST", "EDITOR"] as const) {
      await expectAppError(
        updateUser.execute(users[role], { id: target.id, role: "ADMIN" }),
        "FORBIDDEN",
      );
      // Not even on themselves: an editor cannot make themselves admin.
      await expectAppError(
        updateUser.execute(users[role], { id: users[role].id, role: "ADMIN" }),
        "FORBIDDEN",
      );
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("VIEWER");
    expect(await auditEventsFor(target.id)).toHaveLength(0);
  });

  it("lets an admin change it, recording the role before and after", async () => {
    const target = await makeUser("VIEWER");
    const row = await updateUser.execute(users.ADMIN, { id: target.id, role: "EDITOR" });
    expect(row).toMatchObject({ id: target.id, role: "EDITOR", active: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("EDITOR");
    const [event, ...rest] = await auditEventsFor(target.id);
    expect(rest).toHaveLength(0);
    expect(event).toMatchObject({
      action: "user.role.change",
      entityType: "User",
      actorId: users.ADMIN.id,
      before: { role: "VIEWER" },
      after: { role: "EDITOR" },
    });
  });

  it("refuses an unknown role, an unknown user and a change that changes nothing", async () => {
    const target = await makeUser("ANALYST");
    const bad = await expectAppError(
      updateUser.execute(users.ADMIN, { id: target.id, role: "OWNER" }),
      "INVALID",
    );
    expect(bad.fields).toHaveProperty("role");
    const empty = await expectAppError(
      updateUser.execute(users.ADMIN, { id: target.id }),
      "INVALID",
    );
    expect(empty.fields).toHaveProperty("_");
    await expectAppError(
      updateUser.execute(users.ADMIN, { id: crypto.randomUUID(), role: "EDITOR" }),
      "NOT_FOUND",
    );
    const same = await expectAppError(
      updateUser.execute(users.ADMIN, { id: target.id, role: "ANALYST" }),
      "INVALID",
    );
    expect(same.fields?.role).toMatch(/Nothing to change/);
    expect(await auditEventsFor(target.id)).toHaveLength(0);
  });

  it("refuses an admin removing their own admin role", async () => {
    const admin = await makeUser("ADMIN");
    const error = await expectAppError(
      updateUser.execute(admin, { id: admin.id, role: "EDITOR" }),
      "INVALID",
    );
    expect(error.fields).toEqual({ role: OWN_ROLE });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });
});

describe("updateUser: deactivating and reactivating", () => {
  it("refuses everyone but admins", async () => {
    const target = await makeUser("ANALYST");
    await expectAppError(
      updateUser.execute(null, { id: target.id, active: false }),
      "UNAUTHORIZED",
    );
    for (const role of ["VIEWER", "ANALYST", "EDITOR"] as const) {
      await expectAppError(
        updateUser.execute(users[role], { id: target.id, active: "false" }),
        "FORBIDDEN",
      );
    }
    const stored = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(stored).toMatchObject({ active: true, deactivatedAt: null });
  });

  it("deactivates with a date and reactivates, each audited", async () => {
    const target = await makeUser("EDITOR");
    const before = Date.now();
    // A form sends "false"; the API sends a boolean.
    const off = await updateUser.execute(users.ADMIN, { id: target.id, active: "false" });
    expect(off.active).toBe(false);
    const stored = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(stored.active).toBe(false);
    expect(stored.deactivatedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const on = await updateUser.execute(users.ADMIN, { id: target.id, active: true });
    expect(on).toMatchObject({ active: true, deactivatedAt: null });
    const events = await auditEventsFor(target.id);
    expect(events.map((e) => e.action)).toEqual(["user.deactivate", "user.reactivate"]);
    expect(events[0]).toMatchObject({
      actorId: users.ADMIN.id,
      before: { active: true, deactivatedAt: null },
      after: { active: false },
    });
  });

  it("refuses an admin deactivating themselves", async () => {
    const admin = await makeUser("ADMIN");
    const error = await expectAppError(
      updateUser.execute(admin, { id: admin.id, active: false }),
      "INVALID",
    );
    expect(error.fields).toEqual({ active: OWN_ACCOUNT });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
  });

  it("changes role and state together in one call, with one event each", async () => {
    const target = await makeUser("VIEWER");
    await updateUser.execute(users.ADMIN, { id: target.id, role: "ANALYST", active: false });
    const events = await auditEventsFor(target.id);
    expect(events.map((e) => e.action).sort()).toEqual(["user.deactivate", "user.role.change"]);
  });
});
