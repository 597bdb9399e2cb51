import { describe, expect, it } from "vitest";
import { can, POLICY, type Action } from "@/lib/auth/policy";

describe("policy table", () => {
  it("lets nobody act without a role", () => {
    for (const action of Object.keys(POLICY) as Action[]) expect(can(null, action)).toBe(false);
  });

  it("gives viewers reading (analytics included), commenting, their own settings, API tokens and sessions only", () => {
    const allowed = (Object.keys(POLICY) as Action[]).filter((a) => can("VIEWER", a));
    expect(allowed.sort()).toEqual([
      "account.update",
      "analytics.read",
      "claim.readInternal",
      "comment.create",
      "session.manage",
      "token.manage",
    ]);
  });

  it("lets analysts write but not review, retract, merge or manage users", () => {
    expect(can("ANALYST", "claim.create")).toBe(true);
    expect(can("ANALYST", "claim.update")).toBe(true);
    for (const a of ["claim.review", "claim.retract", "actor.merge", "user.manage"] as const) {
      expect(can("ANALYST", a)).toBe(false);
    }
  });

  it("keeps user management for admins", () => {
    expect(can("EDITOR", "user.manage")).toBe(false);
    expect(can("ADMIN", "user.manage")).toBe(true);
    expect(can("EDITOR", "claim.review")).toBe(true);
  });
});
