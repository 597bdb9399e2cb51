// A member's own settings: the time zone their pages show times in.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateAccountSettings } from "@/lib/account/update-settings";
import { sessionUser } from "@/lib/auth/sessions";
import { expectAppError, makeUser } from "@/test/support/factories";

describe("updateAccountSettings", () => {
  it("stores the member's own zone with its audit event, and UTC as no zone", async () => {
    for (const role of ["VIEWER", "ANALYST", "EDITOR", "ADMIN"] as const) {
      const user = await makeUser(role);
      expect(await updateAccountSettings.execute(user, { timeZone: "Europe/Kyiv" })).toEqual({
        timeZone: "Europe/Kyiv",
      });
      const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(stored.timeZone).toBe("Europe/Kyiv");
      const event = await db.auditEvent.findFirstOrThrow({
        where: { entityType: "User", entityId: user.id, action: "user.settings" },
      });
      expect(event.after).toEqual({ timeZone: "Europe/Kyiv" });
      await updateAccountSettings.execute(user, { timeZone: "UTC" });
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).timeZone).toBeNull();
    }
  });

  it("gives the session user the zone, so the member's next page shows it", async () => {
    const user = await makeUser("ANALYST");
    await updateAccountSettings.execute(user, { timeZone: "America/New_York" });
    const session = await db.userSession.create({
      data: { userId: user.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    expect((await sessionUser(session.id))?.timeZone).toBe("America/New_York");
  });

  it("names a zone that does not exist, and refuses anonymous callers", async () => {
    const user = await makeUser("VIEWER");
    for (const timeZone of ["Mars/Olympus", "", "UTC; DROP TABLE", "x".repeat(500)]) {
      const error = await expectAppError(
        updateAccountSettings.execute(user, { timeZone }),
        "INVALID",
      );
      expect(Object.keys(error.fields ?? {})).toEqual(["timeZone"]);
    }
    await expectAppError(updateAccountSettings.execute(null, { timeZone: "UTC" }), "UNAUTHORIZED");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).timeZone).toBeNull();
  });
});
