// The audit log for admins: filtered by user, record and date; refused to everyone else.
import { beforeAll, describe, expect, it } from "vitest";
import { createActor } from "@/lib/actors/create-actor";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/audit/list-audit-events";
import { ZAuditQuery } from "@/lib/audit/schemas";
import type { SessionUser } from "@/lib/auth/session-user";
import { expectAppError, makeUser } from "@/test/support/factories";

let admin: SessionUser;
let analyst: SessionUser;
let other: SessionUser;
const q = (params: Record<string, string>) => ZAuditQuery.parse(params);
const badFields = (params: Record<string, string>) =>
  ZAuditQuery.safeParse(params).error?.issues.map((i) => i.path.join("."));

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  other = await makeUser("ANALYST");
});

describe("listAuditEvents", () => {
  it("filters by user, by record and by day", async () => {
    const mine = await createActor.execute(analyst, { name: "Mine", kind: "PERSON" });
    await createActor.execute(other, { name: "Theirs", kind: "PERSON" });
    const byUser = await listAuditEvents(admin, q({ actorId: analyst.id }));
    expect(byUser.items.map((e) => e.entityId)).toEqual([mine.id]);
    const byRecord = await listAuditEvents(admin, q({ entityType: "Actor", entityId: mine.id }));
    expect(byRecord.items).toHaveLength(1);
    expect(byRecord.items[0]).toMatchObject({ action: "actor.create", actor: { id: analyst.id } });
    expect(byRecord.items[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(admin, q({ from: today, to: today }))).items).toHaveLength(2);
    expect((await listAuditEvents(admin, q({ to: "2000-01-01" }))).items).toHaveLength(0);
  });

  it("pages older events by cursor, each event once", async () => {
    const author = await makeUser("ANALYST");
    for (let i = 0; i <= AUDIT_PAGE_SIZE; i++) {
      await createActor.execute(author, { name: `Paged ${i}`, kind: "PERSON" });
    }
    const first = await listAuditEvents(admin, q({ actorId: author.id }));
    expect(first.items).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEvents(
      admin,
      q({ actorId: author.id, cursor: first.nextCursor ?? "" }),
    );
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((e) => BigInt(e.id));
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 1);
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it("names the bad filter, and refuses anyone but admins", async () => {
    expect(badFields({ from: "yesterday" })).toEqual(["from"]);
    expect(badFields({ from: "2026-02-02", to: "2026-02-01" })).toEqual(["to"]);
    expect(badFields({ entityType: "x".repeat(101) })).toEqual(["entityType"]);
    expect(badFields({ entityId: "a\u0001b" })).toEqual(["entityId"]);
    expect(badFields({ cursor: "12abc" })).toEqual(["cursor"]);
    await expectAppError(listAuditEvents(analyst, q({})), "FORBIDDEN");
    await expectAppError(listAuditEvents(await makeUser("EDITOR"), q({})), "FORBIDDEN");
    await expectAppError(listAuditEvents(null, q({})), "UNAUTHORIZED");
  });
});
