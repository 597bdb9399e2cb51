// The system never loses its last active admin, even when two admins demote each other at
// the same moment. (Its own file: the count of admins is global to the database.)
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LAST_ADMIN, updateUser } from "@/lib/admin/update-user";
import { expectAppError, makeUser } from "@/test/support/factories";

async function activeAdmins(): Promise<number> {
  return db.user.count({ where: { role: "ADMIN", active: true } });
}

describe("the last active admin", () => {
  it("cannot be demoted or deactivated by an admin whose own demotion came first", async () => {
    const a = await makeUser("ADMIN");
    const b = await makeUser("ADMIN");
    // A demotes B; B's page, loaded before that, still shows B as an admin.
    await updateUser.execute(a, { id: b.id, role: "EDITOR" });
    const demote = await expectAppError(
      updateUser.execute(b, { id: a.id, role: "VIEWER" }),
      "INVALID",
    );
    expect(demote.fields).toEqual({ role: LAST_ADMIN });
    const deactivate = await expectAppError(
      updateUser.execute(b, { id: a.id, active: false }),
      "INVALID",
    );
    expect(deactivate.fields).toEqual({ active: LAST_ADMIN });
    expect(await db.user.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      role: "ADMIN",
      active: true,
    });
    // B is promoted back, so the next test starts with two active admins again.
    await updateUser.execute(a, { id: b.id, role: "ADMIN" });
  });

  it("does not count deactivated admins", async () => {
    const sleeping = await makeUser("ADMIN", { active: false });
    await db.user.updateMany({
      where: { role: "ADMIN", id: { not: sleeping.id } },
      data: { role: "EDITOR" },
    });
    const a = await makeUser("ADMIN");
    const b = await makeUser("ADMIN");
    await updateUser.execute(a, { id: b.id, active: false });
    await expectAppError(updateUser.execute(b, { id: a.id, active: false }), "INVALID");
    expect(await activeAdmins()).toBe(1);
    // Reactivating the sleeping admin makes a second one; now A may be demoted.
    await updateUser.execute(a, { id: sleeping.id, active: true });
    await updateUser.execute({ ...sleeping, role: "ADMIN" }, { id: a.id, role: "EDITOR" });
    expect(await activeAdmins()).toBe(1);
  });

  it("survives admins demoting each other at the same moment", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const admins = await Promise.all([1, 2, 3, 4, 5, 6].map(() => makeUser("ADMIN")));
    // Each admin demotes the next one, all at once: every check sees other admins remaining
    // unless the checks are serialised.
    const results = await Promise.allSettled(
      admins.map((a, i) =>
        updateUser.execute(a, { id: admins[(i + 1) % admins.length]?.id, role: "VIEWER" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(admins.length - 1);
    expect(await activeAdmins()).toBe(1);
  });

  it("can be made an admin of a second user, after which either may step down", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const a = await makeUser("ADMIN");
    const c = await makeUser("ANALYST");
    await updateUser.execute(a, { id: c.id, role: "ADMIN" });
    await updateUser.execute({ ...c, role: "ADMIN" }, { id: a.id, role: "ANALYST" });
    expect(await db.user.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      role: "ANALYST",
    });
    expect(await activeAdmins()).toBe(1);
  });
});
