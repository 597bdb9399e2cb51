// The SQL twin of the after-the-fact rule must agree with lib/forecasts/after-the-fact.ts,
// forecast by forecast, on dates each side of both limits, with corrections and with a claim
// first settled PARTIALLY_HELD and later HELD.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isMadeAfterTheFact } from "@/lib/forecasts/after-the-fact";
import { findResolvedOn } from "@/lib/outcomes/current-outcome";
import { madeAfterTheFact } from "@/lib/analytics/scored-forecasts-sql";
import { PUBLISHED_CLAIMS, RESOLUTION } from "@/test/support/analytics-fresh-derivation";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeForecast, makeResolvedClaim } from "@/test/support/analytics-history";
import { makeUser } from "@/test/support/factories";

let analyst: SessionUser;

const TIMES = [
  "2026-03-04T23:59:00Z",
  "2026-03-05T00:00:00Z",
  "2026-03-05T23:59:59Z",
  "2026-03-06T00:00:00Z",
  "2026-03-10T12:00:00Z",
  "2026-03-11T00:00:01Z",
  "2026-03-20T23:00:00Z",
  "2026-03-21T00:00:00Z",
];

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
  const claims = [
    await makeResolvedClaim(analyst.id, { outcome: "HELD", occurredAt: "2026-03-10" }),
    await makeResolvedClaim(analyst.id, { outcome: "NOT_HELD", resolveBy: "2026-03-05" }),
    await makeResolvedClaim(analyst.id, { outcome: "HELD", resolveBy: null }),
    await makeResolvedClaim(analyst.id, { outcome: "PENDING" }),
  ];
  // First settled PARTIALLY_HELD on 03-05, later HELD on 03-10: settled on 03-05.
  const twice = await makeResolvedClaim(analyst.id, { outcome: "HELD", occurredAt: "2026-03-10" });
  await db.outcomeUpdate.create({
    data: {
      claimId: twice.id,
      status: "PARTIALLY_HELD",
      occurredAt: new Date("2026-03-05T00:00:00Z"),
      note: "Partly, at first.",
      createdById: analyst.id,
      publishedAt: new Date(),
    },
  });
  // A mistaken entry on 03-04, corrected (approved) by one on 03-10: settled on 03-10.
  const corrected = await makeResolvedClaim(analyst.id, {
    outcome: "NOT_HELD",
    occurredAt: "2026-03-10",
  });
  const mistake = await db.outcomeUpdate.create({
    data: {
      claimId: corrected.id,
      status: "HELD",
      occurredAt: new Date("2026-03-04T00:00:00Z"),
      note: "Wrong.",
      createdById: analyst.id,
      publishedAt: new Date(),
    },
  });
  await db.outcomeUpdate.updateMany({
    where: { claimId: corrected.id, id: { not: mistake.id } },
    data: { correctsId: mistake.id },
  });
  for (const claim of [...claims, twice, corrected]) {
    for (const at of TIMES) await makeForecast(claim.id, analyst.id, 50, at);
  }
});

describe("made after the fact: SQL and TypeScript agree", () => {
  it("on every forecast", async () => {
    const rows = await db.$queryRaw<{ id: string; claim_id: string; late: boolean }[]>`
      WITH ${PUBLISHED_CLAIMS}, ${RESOLUTION}
      SELECT f.id, f."claimId" AS claim_id,
             ${madeAfterTheFact(Prisma.sql`f."createdAt"`, Prisma.sql`c.resolve_by`, Prisma.sql`res.occurred_at`)} AS late
      FROM "Forecast" f JOIN published_claims c ON c.id = f."claimId"
      LEFT JOIN resolution res ON res.claim_id = c.id`;
    expect(rows).toHaveLength(6 * TIMES.length);
    let late = 0;
    for (const row of rows) {
      const forecast = await db.forecast.findUniqueOrThrow({ where: { id: row.id } });
      const claim = await db.claim.findUniqueOrThrow({
        where: { id: row.claim_id },
        select: { publishedRevision: { select: { resolveBy: true } } },
      });
      const expected = isMadeAfterTheFact(forecast.createdAt, {
        resolveBy: claim.publishedRevision?.resolveBy ?? null,
        resolvedOn: await findResolvedOn(db, row.claim_id, "public"),
      });
      expect(row.late, `${forecast.createdAt.toISOString()} on ${row.claim_id}`).toBe(expected);
      if (row.late) late += 1;
    }
    // Both sides of the rule occur: some forecasts are late, some on time.
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(rows.length);
  });
});
