// A role change or a deactivation applies at the user's very next request: getCurrentUser
// re-reads the user on each one. The request (its headers and the next-auth session) is
// stood in for; the user, the change and the check are real.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { updateUser } from "@/lib/admin/update-user";
import { getCurrentUser } from "@/lib/auth/current-user";
import { makeUser } from "@/test/support/admin-factories";

const request = vi.hoisted(() => ({ session: null as { userId?: string } | null }));
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
    request.session = { userId: analyst.id };
    expect(await getCurrentUser()).toEqual(analyst);

    await updateUser.execute(admin, { id: analyst.id, active: false });
    expect(await getCurrentUser()).toBeNull();

    await updateUser.execute(admin, { id: analyst.id, active: true });
    expect(await getCurrentUser()).toEqual(analyst);
  });

  it("sees a new role at the next request", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    request.session = { userId: editor.id };
    await updateUser.execute(admin, { id: editor.id, role: "VIEWER" });
    expect(await getCurrentUser()).toMatchObject({ id: editor.id, role: "VIEWER" });
  });
});
