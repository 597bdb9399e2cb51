// recordOutcome through the guarded mutation path, against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { listOutcomeTimeline } from "@/lib/outcomes/queries";
import { getClaim } from "@/lib/claims/queries";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeClaim } from "@/test/support/workspace-factories";
import { expectAppError, makeSource, makeUsers } from "@/test/support/factories";

let users: Record<Role, SessionUser>;
let sourceId: string;

beforeAll(async () => {
  users = await makeUsers();
  sourceId = (await makeSource(users.ANALYST.id)).id;
});

function entry(claimId: string, overrides: Record<string, unknown> = {}) {
  return {
    claimId,
    occurredAt: "2026-01-10",
    status: "IN_PROGRESS",
    note: "Construction crews were seen on site.",
    sourceIds: [sourceId],
    ...overrides,
  };
}

async function counts() {
  const [updates, evidence, audits] = await Promise.all([
    db.outcomeUpdate.count(),
    db.outcomeEvidence.count(),
    db.auditEvent.count(),
  ]);
  return { updates, evidence, audits };
}

describe("recordOutcome: who may", () => {
  it("refuses an anonymous caller with UNAUTHORIZED and writes nothing", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    const before = await counts();
    await expectAppError(recordOutcome.execute(null, entry(claim.id)), "UNAUTHORIZED");
    expect(await counts()).toEqual(before);
  });

  it("refuses a VIEWER with FORBIDDEN before looking at the input", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    const before = await counts();
    await expectAppError(recordOutcome.execute(users.VIEWER, entry(claim.id)), "FORBIDDEN");
    const refused = await expectAppError(
      recordOutcome.execute(users.VIEWER, { claimId: "nope", status: "MAYBE" }),
      "FORBIDDEN",
    );
    expect(refused.fields).toBeUndefined();
    expect(await counts()).toEqual(before);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).outcomeStatus).toBe(
      "PENDING",
    );
  });

  it.each(["ANALYST", "EDITOR", "ADMIN"] as const)("lets an %s record an entry", async (role) => {
    const claim = await makeClaim(users.ANALYST.id);
    const result = await recordOutcome.execute(users[role], entry(claim.id));
    const row = await db.outcomeUpdate.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.createdById).toBe(users[role].id);
  });
});

describe("recordOutcome: the timeline", () => {
  it("appends the entry with its evidence, awaiting review, and audits it", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    const result = await recordOutcome.execute(users.ANALYST, entry(claim.id));
    const row = await db.outcomeUpdate.findUniqueOrThrow({
      where: { id: result.id },
      include: { evidence: true },
    });
    expect(row).toMatchObject({
      claimId: claim.id,
      status: "IN_PROGRESS",
      note: "Construction crews were seen on site.",
      correctsId: null,
      publishedAt: null,
    });
    expect(row.occurredAt.toISOString()).toBe("2026-01-10T00:00:00.000Z");
    expect(row.evidence.map((e) => e.sourceId)).toEqual([sourceId]);
    const audit = await db.auditEvent.findMany({
      where: { entityType: "OutcomeUpdate", entityId: result.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "outcome.record", actorId: users.ANALYST.id });
    expect(audit[0]?.after).toMatchObject({
      status: "IN_PROGRESS",
      claimOutcomeStatus: "IN_PROGRESS",
    });
  });

  it("sets the claim's working outcome, never the public one", async () => {
    const claim = await makeClaim(users.ANALYST.id, { published: true });
    await recordOutcome.execute(users.ANALYST, entry(claim.id, { status: "HELD" }));
    const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.outcomeStatus).toBe("HELD");
    expect(after.publicOutcomeStatus).toBe("PENDING");
    expect(after.version).toBe(claim.version);
    expect((await getClaim(null, claim.id, "public")).outcomeStatus).toBe("PENDING");
    expect((await getClaim(users.VIEWER, claim.id, "internal")).outcomeStatus).toBe("HELD");
    // The public timeline shows approved entries only; this one awaits review.
    expect(await listOutcomeTimeline(claim.id, "public")).toEqual([]);
    expect(await listOutcomeTimeline(claim.id, "internal")).toHaveLength(1);
  });

  it("keeps the latest entry by date as the outcome when an older one is recorded later", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    await recordOutcome.execute(
      users.ANALYST,
      entry(claim.id, { status: "STALLED", occurredAt: "2026-02-01" }),
    );
    const late = await recordOutcome.execute(
      users.ANALYST,
      entry(claim.id, { status: "IN_PROGRESS", occurredAt: "2026-01-05" }),
    );
    expect(late.outcomeStatus).toBe("STALLED");
    const timeline = await listOutcomeTimeline(claim.id, "internal");
    expect(timeline.map((u) => u.occurredAt)).toEqual(["2026-01-05", "2026-02-01"]);
  });

  it("refuses bad input with a message per field and writes nothing", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    const before = await counts();
    const error = await expectAppError(
      recordOutcome.execute(users.ANALYST, {
        claimId: claim.id,
        occurredAt: "2026-02-30",
        status: "MAYBE",
        note: "   ",
        sourceIds: ["not-a-uuid"],
      }),
      "INVALID",
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(
      ["note", "occurredAt", "sourceIds.0", "status"].sort(),
    );
    const tooLong = await expectAppError(
      recordOutcome.execute(users.ANALYST, entry(claim.id, { note: "x".repeat(5001) })),
      "INVALID",
    );
    expect(tooLong.fields?.note).toMatch(/at most 5,000/);
    expect(await counts()).toEqual(before);
  });

  it("refuses evidence that is not a stored source, naming the field", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    const error = await expectAppError(
      recordOutcome.execute(
        users.ANALYST,
        entry(claim.id, { sourceIds: [sourceId, "6f1d2c1e-8a1b-4c3d-9e8f-0a1b2c3d4e5f"] }),
      ),
      "INVALID",
    );
    expect(error.fields?.sourceIds).toBeDefined();
    expect(await db.outcomeUpdate.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("answers NOT_FOUND for an unknown claim and CONFLICT for a retracted one", async () => {
    await expectAppError(
      recordOutcome.execute(users.ANALYST, entry("6f1d2c1e-8a1b-4c3d-9e8f-0a1b2c3d4e5f")),
      "NOT_FOUND",
    );
    const retracted = await makeClaim(users.ANALYST.id, {
      data: { editorialStatus: "RETRACTED", retractedAt: new Date() },
    });
    await expectAppError(recordOutcome.execute(users.ANALYST, entry(retracted.id)), "CONFLICT");
  });
});

describe("recordOutcome: corrections", () => {
  it("corrects a mistaken entry with a new one that names it; the old one is untouched", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    const mistaken = await recordOutcome.execute(
      users.ANALYST,
      entry(claim.id, { status: "HELD", occurredAt: "2026-02-01", note: "Opened (wrong bridge)." }),
    );
    const original = await db.outcomeUpdate.findUniqueOrThrow({ where: { id: mistaken.id } });
    // The correction also fixes the date: the mistaken entry is later on the timeline, but it
    // no longer counts towards the current outcome.
    const correction = await recordOutcome.execute(
      users.EDITOR,
      entry(claim.id, {
        status: "IN_PROGRESS",
        occurredAt: "2026-01-20",
        note: "Only the approach road opened.",
        correctsId: mistaken.id,
      }),
    );
    expect(correction.outcomeStatus).toBe("IN_PROGRESS");
    expect(await db.outcomeUpdate.findUniqueOrThrow({ where: { id: mistaken.id } })).toEqual(
      original,
    );
    const row = await db.outcomeUpdate.findUniqueOrThrow({ where: { id: correction.id } });
    expect(row.correctsId).toBe(mistaken.id);

    const timeline = await listOutcomeTimeline(claim.id, "internal");
    const shown = Object.fromEntries(timeline.map((u) => [u.id, u]));
    expect(shown[correction.id]?.corrects).toEqual({ id: mistaken.id, occurredAt: "2026-02-01" });
    expect(shown[mistaken.id]?.correctedBy).toEqual([
      { id: correction.id, occurredAt: "2026-01-20" },
    ]);
  });

  it("refuses to correct an entry of another claim, naming the field", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    const other = await makeClaim(users.ANALYST.id);
    const elsewhere = await recordOutcome.execute(users.ANALYST, entry(other.id));
    const error = await expectAppError(
      recordOutcome.execute(users.ANALYST, entry(claim.id, { correctsId: elsewhere.id })),
      "INVALID",
    );
    expect(error.fields?.correctsId).toBeDefined();
    expect(await db.outcomeUpdate.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("treats an empty 'corrects' choice from a form as no correction", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    const result = await recordOutcome.execute(users.ANALYST, entry(claim.id, { correctsId: "" }));
    const row = await db.outcomeUpdate.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.correctsId).toBeNull();
  });
});

describe("the outcome API", () => {
  it("has no way to edit or delete an entry", async () => {
    const route: Record<string, unknown> = await import("@/app/api/v1/claims/[id]/outcomes/route");
    const handlers = Object.keys(route).filter((k) => /^[A-Z]+$/.test(k));
    expect(handlers.sort()).toEqual(["GET", "POST"]);
    const outcomes: Record<string, unknown> = {
      ...(await import("@/lib/outcomes/record-outcome")),
      ...(await import("@/lib/outcomes/queries")),
    };
    expect(Object.keys(outcomes).filter((k) => /update|edit|delete|remove/i.test(k))).toEqual([]);
  });
});
