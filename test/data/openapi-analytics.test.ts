// The analytics answers checked against the OpenAPI document on a history with something in
// every part of them (scores, calibration bins, decomposition, verdicts, a speaker compared
// with the team, analysts named on the track record), not only on empty reports: the
// response test (openapi-responses.test.ts) calls them on a database where nothing resolved.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { caller, expectAnswer, tokenMember } from "@/test/support/api-calls";
import { cite, makeForecast, makeResolvedClaim } from "@/test/support/analytics-history";
import { makeUser } from "@/test/support/factories";
import { db } from "@/lib/db";

// Read once by lib/env.ts, so set before any module reads it.
vi.hoisted(() => {
  process.env.CLAIMWATCH_TRACK_RECORD_NAMES = "1";
});
afterAll(() => {
  delete process.env.CLAIMWATCH_TRACK_RECORD_NAMES;
});

vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(caller.headers),
  cookies: () => Promise.resolve(new Map()),
}));
vi.mock("next-auth", () => ({ getServerSession: () => Promise.resolve(caller.session) }));

let viewer: { token: string };

beforeAll(async () => {
  [viewer] = await tokenMember("VIEWER");
  const a = await makeUser("ANALYST", { name: "Analyst A" });
  const b = await makeUser("ANALYST", { name: "Analyst B" });
  const speaker = (await db.actor.create({ data: { name: "Speaker S", kind: "PERSON" } })).id;
  const grades = {
    reliability: "B",
    credibility: "PROBABLY_TRUE",
    outlet: "Daily Record",
  } as const;
  const outcomes = ["HELD", "HELD", "NOT_HELD", "NOT_HELD", "NOT_HELD", "PARTIALLY_HELD"] as const;
  for (const [i, outcome] of outcomes.entries()) {
    const claim = await makeResolvedClaim(a.id, { outcome, kind: "PROMISE", claimantId: speaker });
    await cite(claim.id, a.id, grades);
    await makeForecast(claim.id, a.id, 20 + 10 * i, undefined, "HIGH");
    await makeForecast(claim.id, b.id, 90 - 10 * i);
  }
});

describe("the analytics answers, with every part filled in, as the document says", () => {
  it("forecasters and the team's track record", async () => {
    const report = await expectAnswer("GET", "/analytics/forecasters", 200, { as: viewer });
    expect(report).toMatchObject({ team: { count: 10 } });
    expect(report.analysts).toHaveLength(2);
    const team = report.team as { calibration: unknown[]; decomposition: unknown };
    expect(team.calibration.length).toBeGreaterThan(1);
    expect(team.decomposition).not.toBeNull();

    const record = await expectAnswer("GET", "/analytics/team", 200, {
      query: { period: "all", confidence: "HIGH" },
    });
    expect(record).toMatchObject({ filters: { period: "all", confidence: "HIGH" } });
    expect(record.analysts).toEqual([expect.objectContaining({ name: "Analyst A", count: 5 })]);
    expect(record.outcomesOverTime).not.toEqual([]);
  });

  it("sources and speakers", async () => {
    const sources = await expectAnswer("GET", "/analytics/sources", 200, {
      as: viewer,
      query: { kind: "PROMISE" },
    });
    // 2 of 5 held: B (expected 0.75–0.9) performed like a lower grade.
    const [gradeB] = sources.byReliability as { grade: string; share: number; verdict: unknown }[];
    expect(gradeB).toMatchObject({ grade: "B", share: 0.4 });
    expect(gradeB?.verdict).not.toBeNull();
    expect(sources.byOutlet).toEqual([expect.objectContaining({ outlet: "Daily Record" })]);

    const speakers = await expectAnswer("GET", "/analytics/speakers", 200, {
      as: viewer,
      query: { limit: "5" },
    });
    expect(speakers).toMatchObject({ filters: { limit: 5 } });
    const [row] = speakers.items as { resolved: number; comparison: unknown }[];
    expect(row?.resolved).toBe(6);
    expect(row?.comparison).not.toBeNull();
  });
});
