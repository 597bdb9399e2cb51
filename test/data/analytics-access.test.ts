// Who may read the analytics: every member (viewers included: PRODUCT.md lists analytics
// among the signed-in pages); nobody signed out. The team's public record needs no sign-in.
import { beforeAll, describe, expect, it } from "vitest";
import {
  readForecasters,
  readSources,
  readSpeakers,
  readTeamTrackRecord,
} from "@/lib/analytics/read-analytics";
import { readAnalyticsPage } from "@/lib/analytics/read-page";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { expectAppError, makeUsers } from "@/test/support/factories";

let users: Record<Role, SessionUser>;

beforeAll(async () => {
  users = await makeUsers();
});

describe("analytics access", () => {
  it("refuses a signed-out caller every member report with UNAUTHORIZED", async () => {
    await expectAppError(readForecasters(null, { period: "all" }), "UNAUTHORIZED");
    await expectAppError(readSources(null, {}), "UNAUTHORIZED");
    await expectAppError(readSpeakers(null, {}), "UNAUTHORIZED");
    // The page's one cached read checks before it reads, for every filter key.
    await expectAppError(readAnalyticsPage(null, ""), "UNAUTHORIZED");
    await expectAppError(readAnalyticsPage(null, "kind=PROMISE"), "UNAUTHORIZED");
  });

  it.each(["VIEWER", "ANALYST", "EDITOR", "ADMIN"] as const)(
    "lets a %s read them",
    async (role) => {
      const report = await readForecasters(users[role], { period: "all" });
      expect(report.team.count).toBe(0);
      expect((await readSources(users[role], {})).byReliability).toEqual([]);
      expect(await readSpeakers(users[role], {})).toEqual([]);
      const page = await readAnalyticsPage(users[role], "");
      expect(page.forecasters.team.count).toBe(0);
      expect(page.claimant).toBeNull();
    },
  );

  it("gives anyone the team record, without names by default", async () => {
    const record = await readTeamTrackRecord({ period: "all" });
    expect(record.analysts).toBeNull();
    expect(record.team.count).toBe(0);
  });
});
