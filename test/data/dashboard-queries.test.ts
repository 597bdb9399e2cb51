// The dashboard's own queries, against a real database (each test file has its own).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAuditEvent, type AuditInput } from "@/lib/audit/record-audit-event";
import { listClaimsPastResolveBy } from "@/lib/dashboard/list-claims-past-resolve-by";
import { listMyOpenForecasts } from "@/lib/dashboard/list-my-open-forecasts";
import { listRecentActivity } from "@/lib/dashboard/list-recent-activity";
import { ACTIVITY_ENTITY_TYPES } from "@/lib/dashboard/describe-activity";
import { recordForecast } from "@/lib/forecasts/record-forecast";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { createComment } from "@/lib/comments/create-comment";
import type { SessionUser } from "@/lib/auth/session-user";
import type { OutcomeStatus, Role } from "@/lib/generated/prisma/enums";
import { makeClaim } from "@/test/support/workspace-factories";
import { makeUsers } from "@/test/support/factories";

const NOW = new Date("2026-04-10T15:30:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let users: Record<Role, SessionUser>;

/** Audit rows are only ever appended through the chain's one writer. */
const appendAudit = (actorId: string | null, event: AuditInput) =>
  db.$transaction((tx) => recordAuditEvent(tx, actorId, event));

beforeAll(async () => {
  users = await makeUsers();
});

describe("listClaimsPastResolveBy", () => {
  it("lists claims past their date only while PENDING or IN_PROGRESS, most overdue first", async () => {
    const make = (resolveBy: Date | null, outcomeStatus: OutcomeStatus, more = {}) =>
      makeClaim(users.ANALYST.id, { data: { resolveBy, outcomeStatus, ...more } });
    const pending = await make(day("2026-03-01"), "PENDING");
    const inProgress = await make(day("2026-01-15"), "IN_PROGRESS");
    const yesterday = await make(day("2026-04-09"), "PENDING");
    const excluded = [
      await make(day("2026-04-10"), "PENDING"), // due today: not late yet
      await make(day("2026-05-01"), "PENDING"),
      await make(null, "PENDING"),
      ...(await Promise.all(
        (["STALLED", "HELD", "PARTIALLY_HELD", "NOT_HELD", "UNRESOLVABLE"] as const).map((s) =>
          make(day("2026-03-01"), s),
        ),
      )),
      await make(day("2026-03-01"), "PENDING", { editorialStatus: "RETRACTED" }),
    ];

    const listed = (await listClaimsPastResolveBy(users.VIEWER, { now: NOW })).items;
    const ids = listed.map((c) => c.id);
    expect(ids).toEqual([inProgress.id, pending.id, yesterday.id]);
    for (const c of excluded) expect(ids).not.toContain(c.id);
    expect(listed[0]).toMatchObject({ resolveBy: "2026-01-15", outcomeStatus: "IN_PROGRESS" });
  });

  it("reads the working outcome: a recorded update takes the claim off the list", async () => {
    const claim = await makeClaim(users.ANALYST.id, {
      published: true,
      data: { resolveBy: day("2026-02-01") },
    });
    expect(
      (await listClaimsPastResolveBy(users.ANALYST, { now: NOW })).items.map((c) => c.id),
    ).toContain(claim.id);
    await recordOutcome.execute(users.ANALYST, {
      claimId: claim.id,
      occurredAt: "2026-02-02",
      status: "NOT_HELD",
      note: "It did not open.",
    });
    expect(
      (await listClaimsPastResolveBy(users.ANALYST, { now: NOW })).items.map((c) => c.id),
    ).not.toContain(claim.id);
  });
});

describe("listMyOpenForecasts", () => {
  it("gives my latest forecast per unresolved claim, with its word", async () => {
    const me = users.ANALYST;
    const a = await makeClaim(me.id);
    const b = await makeClaim(me.id, { data: { outcomeStatus: "STALLED" } });
    const resolved = await makeClaim(me.id);
    const notMine = await makeClaim(me.id);

    await recordForecast.execute(me, { claimId: a.id, probability: 30 });
    await recordForecast.execute(me, { claimId: b.id, probability: 90 });
    await recordForecast.execute(me, { claimId: a.id, probability: 62 });
    await recordForecast.execute(me, { claimId: resolved.id, probability: 10 });
    await db.claim.update({ where: { id: resolved.id }, data: { outcomeStatus: "NOT_HELD" } });
    await recordForecast.execute(users.EDITOR, { claimId: notMine.id, probability: 50 });

    const open = (await listMyOpenForecasts(me)).items;
    expect(open.map((f) => [f.claim.id, f.probability, f.word])).toEqual([
      [a.id, 62, "likely"],
      [b.id, 90, "very likely"],
    ]);
    expect(open[0]?.claim.resolveBy).toBe("2026-03-20");
    expect((await listMyOpenForecasts(users.VIEWER)).items).toEqual([]);
  });
});

describe("listRecentActivity", () => {
  it("describes the latest events: who, what, which record with a link, when", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    await recordForecast.execute(users.ANALYST, { claimId: claim.id, probability: 40 });
    await recordOutcome.execute(users.EDITOR, {
      claimId: claim.id,
      occurredAt: "2026-01-10",
      status: "IN_PROGRESS",
      note: "Started.",
    });
    await createComment.execute(users.VIEWER, { claimId: claim.id, body: "Noted." });
    // Account administration is not shown on the dashboard.
    await appendAudit(users.ADMIN.id, {
      action: "user.role",
      entityType: "User",
      entityId: users.VIEWER.id,
    });

    const { items: activity } = await listRecentActivity(users.VIEWER);
    expect(activity.slice(0, 3).map((a) => [a.who, a.verb, a.record.href])).toEqual([
      [users.VIEWER.name, "commented on", `/claims/${claim.id}`],
      [users.EDITOR.name, "recorded an outcome update on", `/claims/${claim.id}`],
      [users.ANALYST.name, "recorded a forecast on", `/claims/${claim.id}`],
    ]);
    expect(activity[0]?.record.label).toBe(`“${claim.statement}”`);
    expect(activity[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(activity.map((a) => a.record.type)).not.toContain("User");
  });

  it("pages 20 at a time with the total, and reads unknown actions and missing records sensibly", async () => {
    await appendAudit(null, {
      action: "claim.reopenForDebate",
      entityType: "Claim",
      entityId: "not-a-uuid",
    });
    for (let i = 0; i < 21; i++) {
      await appendAudit(null, {
        action: "source.create",
        entityType: "Source",
        entityId: "6f1d2c1e-8a1b-4c3d-9e8f-0a1b2c3d4e5f",
      });
    }
    const first = await listRecentActivity(users.ANALYST);
    const activity = first.items;
    expect(activity).toHaveLength(20);
    const counted = await db.auditEvent.count({
      where: { entityType: { in: [...ACTIVITY_ENTITY_TYPES] } },
    });
    expect(first).toMatchObject({ total: counted, totalIsCapped: false });
    expect(first.nextCursor).toBe(activity.at(-1)?.id);
    expect(activity[0]).toMatchObject({
      who: "The system",
      verb: "added the source",
      record: { label: "a record that no longer exists", href: null },
    });
    const second = await listRecentActivity(users.ANALYST, { cursor: first.nextCursor });
    expect(second.items[0]).toMatchObject({ verb: "added the source" });
    expect(second.items[1]).toMatchObject({ verb: "did “claim reopen for debate” on" });
    expect(second.items.map((a) => a.id)).not.toContain(activity.at(-1)?.id);
    await expect(listRecentActivity(users.ANALYST, { cursor: "x1" })).rejects.toMatchObject({
      fields: { cursor: expect.any(String) as unknown },
    });
  });
});
