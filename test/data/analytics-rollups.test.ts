// The rollups the analytics read ("ForecastRollup", "ClaimRollup") give the same figures as
// the rows they sum: the forecasters' report read from the rollup (all time) equals the one
// read from "ScoredForecast" rows (a period covering every resolution), and outcomes over time
// from the rollup equal those counted from "AnalyticsClaim", for each filter. They follow a
// change of the published revision's topics, topics written after publication (a bulk load),
// an outcome changed, and writers committing at the same time.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ScoringFilters } from "@/lib/analytics/filters";
import { getForecastersReport } from "@/lib/analytics/forecasters";
import { getOutcomesOverTime } from "@/lib/analytics/outcomes-over-time";
import type { SessionUser } from "@/lib/auth/session-user";
import { cite, makeForecast, makeResolvedClaim } from "@/test/support/analytics-history";
import { expectRollupsEqualRows } from "@/test/support/analytics-rollup-check";
import { makeTopic, makeUser } from "@/test/support/factories";

// Every claim below resolves on 2026-03-10, so "last year" from here covers all of them.
const NOW = new Date("2026-04-01T12:00:00Z");

let a: SessionUser;
let b: SessionUser;
let topics: { id: string; slug: string }[];

/** Numbers equal to 12 decimals, everything else exactly. */
function expectSameFigures(actual: unknown, expected: unknown, path = "report"): void {
  if (typeof expected === "number" && typeof actual === "number") {
    expect(actual, path).toBeCloseTo(expected, 12);
  } else if (expected && typeof expected === "object") {
    expect(typeof actual, path).toBe("object");
    const keys = Object.keys(expected);
    expect(Object.keys(actual ?? {}).sort(), path).toEqual([...keys].sort());
    for (const key of keys) {
      expectSameFigures(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
    }
  } else {
    expect(actual, path).toEqual(expected);
  }
}

async function expectRollupReportsEqualRowReports() {
  const filters: Omit<ScoringFilters, "period">[] = [
    {},
    { kind: "PROMISE" },
    { topic: topics[0]?.slug },
    { topic: topics[1]?.slug, kind: "PREDICTION" },
    { confidence: "HIGH" },
    { confidence: "NONE" },
  ];
  for (const filter of filters) {
    const fromRollup = await getForecastersReport(
      { ...filter, period: "all" },
      { withAnalysts: true, now: NOW },
    );
    const fromRows = await getForecastersReport(
      { ...filter, period: "1y" },
      { withAnalysts: true, now: NOW },
    );
    expect(fromRollup.team.count, JSON.stringify(filter)).toBe(fromRows.team.count);
    expectSameFigures(fromRollup, fromRows, JSON.stringify(filter));
  }
  for (const filter of [{}, { kind: "PROMISE" as const }, { topic: topics[0]?.slug }]) {
    const fromRollup = await getOutcomesOverTime({ ...filter, from: null, to: null });
    const fromRows = await getOutcomesOverTime({
      ...filter,
      from: new Date("1900-01-01"),
      to: null,
    });
    expect(fromRollup, JSON.stringify(filter)).toEqual(fromRows);
  }
  await expectRollupsEqualRows();
}

beforeAll(async () => {
  a = await makeUser("ANALYST", { name: "Rollup A" });
  b = await makeUser("ANALYST", { name: "Rollup B" });
  topics = await Promise.all([makeTopic(), makeTopic()]);
  const [t1, t2] = [topics[0]?.id ?? "", topics[1]?.id ?? ""];
  const specs = [
    { outcome: "HELD", kind: "PROMISE", topicIds: [t1] },
    { outcome: "NOT_HELD", kind: "PREDICTION", topicIds: [t1, t2] },
    { outcome: "HELD", kind: "PREDICTION", topicIds: [t2], madeAt: "2025-11-02" },
    { outcome: "NOT_HELD", kind: "PROMISE", topicIds: [] },
    { outcome: "PARTIALLY_HELD", kind: "PROMISE", topicIds: [t1] },
    { outcome: "PENDING", kind: "STATEMENT", topicIds: [t2] },
  ] as const;
  for (const [i, spec] of specs.entries()) {
    const claim = await makeResolvedClaim(a.id, { ...spec, topicIds: [...spec.topicIds] });
    await cite(claim.id, a.id, {
      reliability: "B",
      credibility: "PROBABLY_TRUE",
      outlet: "The Daily",
    });
    await makeForecast(claim.id, a.id, 10 + i * 15, "2026-03-01T00:00:00Z", "HIGH");
    await makeForecast(claim.id, b.id, 75 - i * 10, "2026-02-20T00:00:00Z");
    await makeForecast(claim.id, b.id, 85 - i * 10, "2026-03-04T00:00:00Z", "LOW");
  }
});

describe("analytics rollups", () => {
  it("give the figures the rows give, for every filter", async () => {
    expect((await getForecastersReport({ period: "all" }, { withAnalysts: true })).team.count).toBe(
      8,
    );
    await expectRollupReportsEqualRowReports();
  });

  it("follow an approved revision that changes the claim's topics", async () => {
    const [t1, t2] = [topics[0]?.id ?? "", topics[1]?.id ?? ""];
    const claim = await makeResolvedClaim(a.id, { outcome: "HELD", topicIds: [t1] });
    await makeForecast(claim.id, b.id, 65);
    const before = await db.claimRevision.findUniqueOrThrow({
      where: { id: claim.publishedRevisionId ?? "" },
    });
    const revision = await db.claimRevision.create({
      data: {
        claimId: claim.id,
        number: 2,
        statement: before.statement,
        isVerbatim: true,
        claimantId: before.claimantId,
        madeAt: before.madeAt,
        kind: before.kind,
        resolveBy: before.resolveBy,
        authorId: a.id,
        topics: { create: [{ topicId: t2 }] },
      },
    });
    await db.claim.update({ where: { id: claim.id }, data: { publishedRevisionId: revision.id } });
    await expectRollupReportsEqualRowReports();
  });

  it("pick up topics written after the claim was published, as a bulk load may", async () => {
    const claim = await makeResolvedClaim(a.id, { outcome: "NOT_HELD" });
    await makeForecast(claim.id, a.id, 35);
    const topic = await makeTopic();
    const team = () =>
      getForecastersReport({ period: "all", topic: topic.slug }, { withAnalysts: false });
    expect((await team()).team.count).toBe(0);
    await db.revisionTopic.create({
      data: { revisionId: claim.publishedRevisionId ?? "", topicId: topic.id },
    });
    expect((await team()).team.count).toBe(1);
    await expectRollupReportsEqualRowReports();
  });

  it("follow an outcome that changes", async () => {
    const claim = await makeResolvedClaim(a.id, { outcome: "HELD", kind: "PROMISE" });
    await makeForecast(claim.id, a.id, 90);
    await db.claim.update({ where: { id: claim.id }, data: { publicOutcomeStatus: "NOT_HELD" } });
    await expectRollupReportsEqualRowReports();
  });

  it("stay exact when writers commit at the same time, and fold their deltas later", async () => {
    const claims = await Promise.all(
      [0, 1, 2, 3, 4, 5].map(() => makeResolvedClaim(a.id, { outcome: "HELD" })),
    );
    await Promise.all(
      claims.flatMap((c, i) => [makeForecast(c.id, a.id, 20 + i), makeForecast(c.id, b.id, 70)]),
    );
    await expectRollupsEqualRows({ folded: false });
    // A later write, alone, folds every delta left by a compaction skipped while busy.
    await makeForecast(claims[0]?.id ?? "", b.id, 40);
    await expectRollupReportsEqualRowReports();
  });
});
