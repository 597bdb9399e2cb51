// The analytics tables as CSV downloads: members only for /analytics's tables, anyone for
// /track-record's (without names), the page's filters applied, RFC 4180 quoting, and an
// attachment, never shown inline.
import { beforeAll, describe, expect, it } from "vitest";
import { csvResponse, memberCsv, teamCsv } from "@/lib/analytics/csv-downloads";
import { parseFilters, ZAnalyticsPageFilters } from "@/lib/analytics/filters";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeForecast, makeResolvedClaim } from "@/test/support/analytics-history";
import { expectAppError, makeUser } from "@/test/support/factories";

let oracle: SessionUser;
let viewer: SessionUser;
const filters = (query: Record<string, string> = {}) => parseFilters(ZAnalyticsPageFilters, query);

beforeAll(async () => {
  oracle = await makeUser("ANALYST", { name: 'Ann "Oracle", Jr' });
  viewer = await makeUser("VIEWER");
  const held = await makeResolvedClaim(oracle.id, { outcome: "HELD", kind: "PROMISE" });
  await makeForecast(held.id, oracle.id, 80);
  const failed = await makeResolvedClaim(oracle.id, { outcome: "NOT_HELD", kind: "PREDICTION" });
  await makeForecast(failed.id, oracle.id, 30);
});

describe("analytics CSV downloads", () => {
  it("refuses a signed-out caller every /analytics table", async () => {
    for (const table of ["forecasters", "speakers", "outcomes-over-time"] as const) {
      await expectAppError(memberCsv(null, table, filters()), "UNAUTHORIZED");
    }
  });

  it("quotes a name holding a comma and quotes, with CRLF line ends and a byte-order mark", async () => {
    const file = await memberCsv(viewer, "forecasters", filters());
    expect(file.filename).toBe("claimwatch-forecasters.csv");
    const lines = file.body.split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFForecaster,Scored,Mean Brier (latest),Mean Brier (time-weighted),Base rate,Skill," +
        "Relative Brier,Reliability,Resolution,Uncertainty,Within bins",
    );
    // Team: (.04 + .09) / 2 = .065; base rate .5; skill 1 − .065/.25 = .74.
    expect(lines[1]).toMatch(/^Whole team,2,0\.065,0\.065,0\.5,0\.74,,/);
    expect(lines[2]).toMatch(/^"Ann ""Oracle"", Jr",2,0\.065,/);
    expect(lines.at(-1)).toBe("");
  });

  it("applies the page's filters", async () => {
    const file = await memberCsv(viewer, "forecasters", filters({ kind: "PROMISE" }));
    expect(file.body.split("\r\n")[1]).toMatch(/^Whole team,1,0\.04,/);
    const months = await memberCsv(viewer, "outcomes-over-time", filters({ kind: "PREDICTION" }));
    expect(months.body.split("\r\n")).toHaveLength(3); // header, one month, end
  });

  it("needs an analyst for one analyst's calibration, and one who scored", async () => {
    await expectAppError(memberCsv(viewer, "calibration-analyst", filters()), "INVALID");
    await expectAppError(
      memberCsv(viewer, "calibration-analyst", filters({ analyst: viewer.id })),
      "NOT_FOUND",
    );
    const file = await memberCsv(viewer, "calibration-analyst", filters({ analyst: oracle.id }));
    // Wilson 90 % interval of 0 of 1 and 1 of 1 (z = 1.6449): z²/(1 + z²) = .7301.
    expect(file.body.split("\r\n").slice(1, 3)).toEqual([
      "30–40 %,1,0.3,0,0,0.7301,fewer than 5 forecasts",
      "80–90 %,1,0.8,1,0.2699,1,fewer than 5 forecasts",
    ]);
  });

  it("gives anyone the track record's tables without names", async () => {
    const file = await teamCsv("scores", { period: "all" });
    expect(file.body).toContain("The team,2,0.065");
    expect(file.body).not.toContain("Oracle");
  });

  it("is sent as an attachment", async () => {
    const response = csvResponse(await teamCsv("calibration", { period: "all" }));
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="claimwatch-track-record-calibration.csv"',
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
  });
});
