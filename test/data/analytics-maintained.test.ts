// The maintained analytics rows ("AnalyticsClaim", "ScoredForecast") must equal a fresh
// derivation from the records (test/support/analytics-fresh-derivation.ts) after every kind
// of write that changes them, made through the app's own write path: publication, forecasts
// on time and after the fact, an outcome approved, an outcome corrected, an edit of the
// published claim, a retraction. Each committed write also drops the cached analytics, and
// leaves the rollups equal to the rows they sum.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { recordForecast } from "@/lib/forecasts/record-forecast";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { submitForReview } from "@/lib/review/submit-for-review";
import { approveReview } from "@/lib/review/approve-review";
import { retractClaim } from "@/lib/review/retract-claim";
import type { SessionUser } from "@/lib/auth/session-user";
import {
  FRESH_CLAIMS,
  FRESH_SCORES,
  MAINTAINED_CLAIMS,
  MAINTAINED_SCORES,
  MAINTAINED_TEAM_BRIER,
} from "@/test/support/analytics-fresh-derivation";
import { claimInput, makeActor, makeUser } from "@/test/support/factories";
import { cite } from "@/test/support/analytics-history";
import { expectRollupsEqualRows } from "@/test/support/analytics-rollup-check";

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

let author: SessionUser;
let editor: SessionUser;
let a: SessionUser;
let b: SessionUser;
const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
const notices: string[] = [];

beforeAll(async () => {
  [author, editor, a, b] = await Promise.all([
    makeUser("ANALYST"),
    makeUser("EDITOR"),
    makeUser("ANALYST"),
    makeUser("EDITOR"),
  ]);
  await listener.connect();
  listener.on("notification", (n) => notices.push(n.payload ?? ""));
  await listener.query("LISTEN claimwatch_cache");
});
afterAll(() => listener.end());

/** The maintained rows equal the fresh derivation, and returns the scored rows. */
async function expectMaintainedEqualsFresh() {
  const [fresh, maintained] = [
    await db.$queryRaw<Record<string, unknown>[]>(FRESH_SCORES),
    await db.$queryRaw<Record<string, unknown>[]>(MAINTAINED_SCORES),
  ];
  expect(await db.$queryRaw(MAINTAINED_CLAIMS)).toEqual(await db.$queryRaw(FRESH_CLAIMS));
  const teamBriers = new Map<string, number[]>();
  for (const row of fresh) {
    const claim = String(row.claimId);
    teamBriers.set(claim, [...(teamBriers.get(claim) ?? []), Number(row.brier)]);
  }
  const maintainedTeam =
    await db.$queryRaw<{ claimId: string; teamBrier: number }[]>(MAINTAINED_TEAM_BRIER);
  expect(maintainedTeam.map((r) => r.claimId)).toEqual([...teamBriers.keys()]);
  for (const { claimId, teamBrier } of maintainedTeam) {
    const briers = teamBriers.get(claimId) ?? [];
    expect(teamBrier).toBeCloseTo(briers.reduce((x, y) => x + y, 0) / briers.length, 12);
  }
  await expectRollupsEqualRows();
  expect(maintained).toHaveLength(fresh.length);
  for (const [i, row] of maintained.entries()) {
    const expected = fresh[i] ?? {};
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === "number" && !Number.isInteger(value)) {
        expect(row[key], key).toBeCloseTo(value, 12);
      } else {
        expect(row[key], key).toEqual(value);
      }
    }
  }
  return maintained;
}

/** Runs a write and waits for the cache notice its commit sends. */
async function dropsTheCache<T>(write: () => Promise<T>): Promise<T> {
  const before = notices.length;
  const result = await write();
  for (let i = 0; i < 50 && notices.length === before; i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(notices.slice(before).flatMap((n) => n.split(","))).toContain("public-content");
  return result;
}

async function approve(claimId: string) {
  const { reviewId } = await submitForReview.execute(author, { claimId });
  await dropsTheCache(() => approveReview.execute(editor, { reviewId }));
}

async function publish(overrides: Parameters<typeof claimInput>[1]) {
  const actor = await makeActor();
  const { id } = await createClaim.execute(author, claimInput(actor.id, overrides));
  await approve(id);
  return id;
}

const rowsOf = (rows: Record<string, unknown>[], claimId: string) =>
  rows.filter((r) => r.claimId === claimId);

describe("maintained analytics rows", () => {
  let open: string;
  let overdue: string;

  it("follow publication and forecasts, on time and after the fact", async () => {
    open = await publish({ madeAt: day(-60), resolveBy: day(30), kind: "PREDICTION" });
    overdue = await publish({ madeAt: day(-60), resolveBy: day(-10), kind: "PROMISE" });
    await dropsTheCache(() => recordForecast.execute(a, { claimId: open, probability: 60 }));
    await dropsTheCache(() => recordForecast.execute(a, { claimId: open, probability: 80 }));
    await recordForecast.execute(b, { claimId: open, probability: 30, confidence: "HIGH" });
    // Past the resolve-by date: made after the fact.
    const late = await recordForecast.execute(a, { claimId: overdue, probability: 90 });
    expect(late.madeAfterTheFact).toBe(true);
    await recordForecast.execute(b, { claimId: overdue, probability: 20 });
    // Sources: an approved citation, then its source regraded and its outlet renamed.
    await cite(open, author.id, {
      reliability: "B",
      credibility: "PROBABLY_TRUE",
      outlet: " Daily ",
    });
    await expectMaintainedEqualsFresh();
    const [citation] = await db.citation.findMany({ where: { claimId: open } });
    await db.source.update({
      where: { id: citation?.sourceId },
      data: { reliability: "D", outlet: "Evening" },
    });
    const rows = await expectMaintainedEqualsFresh();
    expect(await db.analyticsClaim.findUnique({ where: { claimId: open } })).toMatchObject({
      reliabilities: ["D"],
      credibilities: ["2"],
      outlets: ["Evening"],
    });
    expect(rowsOf(rows, open)).toEqual([]); // nothing resolved yet
  });

  it("score the claims once their outcomes are approved, leaving late forecasts out", async () => {
    await recordOutcome.execute(author, {
      claimId: open,
      occurredAt: day(0),
      status: "HELD",
      note: "It happened.",
    });
    await recordOutcome.execute(author, {
      claimId: overdue,
      occurredAt: day(-20),
      status: "NOT_HELD",
      note: "It did not happen.",
    });
    // Recorded, not yet approved: still not scored.
    expect(rowsOf(await expectMaintainedEqualsFresh(), open)).toEqual([]);
    await approve(open);
    await approve(overdue);
    const rows = await expectMaintainedEqualsFresh();
    expect(rowsOf(rows, open)).toHaveLength(2);
    expect(rowsOf(rows, open).find((r) => r.authorId === a.id)).toMatchObject({
      outcome: 1,
      probability: 80,
    });
    // Both forecasts on the overdue claim came after its resolve-by date.
    expect(rowsOf(rows, overdue)).toEqual([]);
  });

  it("follow a corrected outcome and an edit of the published claim", async () => {
    const entry = await db.outcomeUpdate.findFirstOrThrow({ where: { claimId: open } });
    await recordOutcome.execute(author, {
      claimId: open,
      occurredAt: day(0),
      status: "NOT_HELD",
      note: "The first entry was wrong.",
      correctsId: entry.id,
    });
    await approve(open);
    let rows = await expectMaintainedEqualsFresh();
    expect(rowsOf(rows, open).map((r) => r.outcome)).toEqual([0, 0]);
    expect(rowsOf(rows, open)[0]?.resolvedOn).toBe(day(0));

    const { version } = await db.claim.findUniqueOrThrow({ where: { id: open } });
    await updateClaim.execute(author, { id: open, version, kind: "ASSESSMENT" });
    await approve(open);
    rows = await expectMaintainedEqualsFresh();
    expect(rowsOf(rows, open).map((r) => r.kind)).toEqual(["ASSESSMENT", "ASSESSMENT"]);
  });

  it("drop a retracted claim", async () => {
    await dropsTheCache(() =>
      retractClaim.execute(editor, { claimId: open, correctionNote: "Misattributed quote." }),
    );
    const rows = await expectMaintainedEqualsFresh();
    expect(rowsOf(rows, open)).toEqual([]);
    expect(await db.analyticsClaim.count({ where: { claimId: open } })).toBe(0);
  });
});
