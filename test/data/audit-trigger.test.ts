import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

describe("audit trail", () => {
  it("is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    await db.$transaction((tx) =>
      recordAuditEvent(tx, null, {
        action: "test.append",
        entityType: "Test",
        entityId: "1",
        after: { a: 1 },
      }),
    );
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "test.append" } });
    await expect(
      db.$executeRaw`UPDATE "AuditEvent" SET action = 'tampered' WHERE id = ${event.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${event.id}`).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    const after = await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(after.action).toBe("test.append");
  });
});
