// Sources and speakers as they performed, on a small history counted by hand.
//
// Sources: outlet "Daily Record" (grade B, credibility 2) is cited on six published claims:
// 3 HELD, 1 PARTIALLY_HELD, 2 NOT_HELD, one of them by two of its articles (counted once).
// Share held = 3 / (3 + 2) = 0.6: outside B's expected 0.75–0.9, inside C's 0.55–0.75, so
// "graded B, performed like C"; the 90 % Wilson interval [0.2725, 0.8573] still reaches
// 0.75–0.9, so the verdict is not firm. Credibility 2 (expected 0.7–0.9) performed like 3.
// Grade A: one HELD claim by "Weekly" (too few to list the outlet), share 1, as expected.
// A pending claim citing B is not resolved and not counted.
//
// Speakers: one speaker's PROMISE claims: 2 HELD, 1 PARTIALLY_HELD, 1 NOT_HELD, plus a HELD
// STATEMENT (not a promise or prediction, left out). Share held 2/3, interval
// [0.2535, 0.9217]. Team forecasts: held promise p1 A 60 % (.16); not-held p4 A 30 % (.09),
// B 50 % (.25), claim mean .17. Team (.16 + .17)/2 = .165; believing the speaker (100 %):
// (0 + 1)/2 = .5, worse than the team.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSourcesReport } from "@/lib/analytics/sources";
import { getSpeakersReport } from "@/lib/analytics/speakers";
import type { SessionUser } from "@/lib/auth/session-user";
import { cite, makeForecast, makeResolvedClaim } from "@/test/support/analytics-history";
import { makeUser } from "@/test/support/factories";

let a: SessionUser;
let b: SessionUser;
let speakerId: string;

beforeAll(async () => {
  a = await makeUser("ANALYST", { name: "Analyst A" });
  b = await makeUser("ANALYST", { name: "Analyst B" });
  const daily = { reliability: "B", credibility: "PROBABLY_TRUE", outlet: "Daily Record" } as const;
  for (const outcome of [
    "HELD",
    "HELD",
    "HELD",
    "PARTIALLY_HELD",
    "NOT_HELD",
    "NOT_HELD",
  ] as const) {
    const claim = await makeResolvedClaim(a.id, { outcome });
    await cite(claim.id, a.id, daily);
    if (outcome === "NOT_HELD") await cite(claim.id, a.id, daily);
  }
  const pending = await makeResolvedClaim(a.id, { outcome: "PENDING" });
  await cite(pending.id, a.id, daily);
  const graded = await makeResolvedClaim(a.id, { outcome: "HELD" });
  await cite(graded.id, a.id, { reliability: "A", credibility: "CONFIRMED", outlet: "Weekly" });

  speakerId = (await db.actor.create({ data: { name: "Speaker S", kind: "PERSON" } })).id;
  const promise = (outcome: "HELD" | "NOT_HELD" | "PARTIALLY_HELD") =>
    makeResolvedClaim(a.id, { outcome, kind: "PROMISE", claimantId: speakerId });
  const p1 = await promise("HELD");
  await makeForecast(p1.id, a.id, 60);
  await promise("HELD");
  await promise("PARTIALLY_HELD");
  const p4 = await promise("NOT_HELD");
  await makeForecast(p4.id, a.id, 30);
  await makeForecast(p4.id, b.id, 50);
  await makeResolvedClaim(a.id, { outcome: "HELD", kind: "STATEMENT", claimantId: speakerId });
});

describe("sources as they performed", () => {
  it("counts each resolved claim once per grade and gives the verdict", async () => {
    const report = await getSourcesReport({});
    const gradeB = report.byReliability.find((r) => r.grade === "B");
    expect(gradeB).toMatchObject({ resolved: 6, held: 3, partlyHeld: 1, notHeld: 2, share: 0.6 });
    expect(gradeB?.interval?.low).toBeCloseTo(0.272483, 5);
    expect(gradeB?.interval?.high).toBeCloseTo(0.857294, 5);
    expect(gradeB?.verdict).toEqual({
      performedLike: "C",
      expected: { low: 0.75, high: 0.9 },
      firm: false,
    });
    const gradeA = report.byReliability.find((r) => r.grade === "A");
    expect(gradeA).toMatchObject({ resolved: 1, held: 1, share: 1, verdict: null });
    const credibility2 = report.byCredibility.find((r) => r.grade === "2");
    expect(credibility2).toMatchObject({ label: "Probably true", resolved: 6, share: 0.6 });
    expect(credibility2?.verdict?.performedLike).toBe("3");
  });

  it("lists outlets with at least five resolved claims", async () => {
    const report = await getSourcesReport({});
    expect(report.byOutlet.map((o) => [o.outlet, o.grade, o.resolved, o.share])).toEqual([
      ["Daily Record", "B", 6, 0.6],
    ]);
    expect(report.byOutlet[0]?.verdict?.performedLike).toBe("C");
  });
});

describe("speakers as they performed", () => {
  it("counts the speaker's resolved promises and predictions with an interval", async () => {
    const [speaker] = await getSpeakersReport({ claimant: speakerId });
    expect(speaker).toMatchObject({
      actor: { id: speakerId, name: "Speaker S" },
      resolved: 4,
      held: 2,
      partlyHeld: 1,
      notHeld: 1,
    });
    expect(speaker?.share).toBeCloseTo(2 / 3, 10);
    expect(speaker?.interval?.low).toBeCloseTo(0.253534, 5);
    expect(speaker?.interval?.high).toBeCloseTo(0.921734, 5);
  });

  it("sets the team's forecasts beside believing the speaker on the same claims", async () => {
    const [speaker] = await getSpeakersReport({ claimant: speakerId });
    expect(speaker?.comparison?.claims).toBe(2);
    expect(speaker?.comparison?.teamBrier).toBeCloseTo(0.165, 10);
    expect(speaker?.comparison?.believingBrier).toBeCloseTo(0.5, 10);
    expect(speaker?.comparison?.believing).toBe("worse");
  });
});
