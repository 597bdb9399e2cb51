// The hash-chained audit log: concurrent appends keep one chain, and a row changed behind
// the application's back (trigger disabled, as a database owner could) is reported exactly.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/lib/actors/create-actor";
import { verifyAuditChain, type ChainReport } from "@/lib/audit/verify-chain";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeUser } from "@/test/support/factories";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { createIntake } from "@/lib/intake/create-intake";
import { createSource } from "@/lib/sources/create-source";
import { recaptureSource } from "@/lib/sources/recapture-source";
import { ARTICLE_TEXT, sourceInput } from "@/test/support/sources-factories";

let analyst: SessionUser;
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

const verify = (batchSize?: number): Promise<ChainReport> =>
  verifyAuditChain(client, { batchSize });

/** Runs `change` with the append-only trigger lifted, as the table's owner could. */
async function asOwner(change: string, params: unknown[]): Promise<void> {
  await client.query("BEGIN");
  await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
  await client.query(change, params);
  await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
  await client.query("COMMIT");
}

describe("audit chain", () => {
  it("keeps one unbroken chain under 20 parallel mutations", async () => {
    const before = await db.auditEvent.count();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createActor.execute(analyst, { name: `Parallel ${i}`, kind: "PERSON" }),
      ),
    );
    expect(results).toHaveLength(20);
    const report = await verify(7);
    expect(report.firstBreak).toBeNull();
    expect(report.rows).toBe(before + 20);
    const rows = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(report.headHash).toBe(rows.at(-1)?.hash);
    // Each row links to the one before it in id order, and times never go backwards.
    rows.slice(1).forEach((row, i) => {
      expect(row.prevHash).toBe(rows[i]?.hash);
      expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(rows[i]?.createdAt.getTime() ?? 0);
    });
  });

  it("chains the events of every kind of writer, in parallel, as one log", async () => {
    const admin = await makeUser("ADMIN");
    const { token } = await createInvitation.execute(admin, {
      email: `chain-${Date.now()}@example.test`,
      role: "VIEWER",
    });
    const source = await createSource.execute(analyst, sourceInput());
    const head = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    await Promise.all([
      ...Array.from({ length: 5 }, (_, i) =>
        createActor.execute(analyst, { name: `Mixed ${i}`, kind: "PERSON" }),
      ),
      // Not a defineMutation: the invitation link is its own guard.
      acceptInvitation({
        token,
        name: "Chain Tester",
        password: "correct horse battery",
        confirmPassword: "correct horse battery",
      }),
      createIntake.execute(analyst, {
        source: { url: `https://chain.example.test/${Date.now()}`, title: "T", text: ARTICLE_TEXT },
        items: [
          {
            form: "DIRECT",
            quote: "strong guarantees",
            newClaimant: { name: "Chain Speaker", kind: "PERSON" },
          },
        ],
      }),
      recaptureSource.execute(analyst, { id: source.id, capturedText: `${ARTICLE_TEXT}\nMore.` }),
      signOutEverywhere.execute(admin, {}),
    ]);
    const report = await verify(3);
    expect(report.firstBreak).toBeNull();
    expect(report.rows).toBe(await db.auditEvent.count());
    const added = await db.auditEvent.findMany({ where: { id: { gt: head.id } } });
    expect(new Set(added.map((e) => e.action))).toEqual(
      new Set([
        "actor.create",
        "user.create",
        "invitation.accept",
        "source.create",
        "claim.create",
        "citation.create",
        "intake.create",
        "source.capture",
        "user.signOutEverywhere",
      ]),
    );
  });

  it("reports the exact row edited behind the trigger's back, and changes nothing", async () => {
    await createActor.execute(analyst, { name: "After tamper", kind: "PERSON" });
    const rows = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    const victim = rows[3];
    if (!victim) throw new Error("not enough rows");
    const original = JSON.stringify(victim.after);
    await asOwner(
      `UPDATE "AuditEvent" SET "after" = jsonb_set("after", '{name}', '"Forged"') WHERE id = $1`,
      [victim.id.toString()],
    );
    const report = await verify(5);
    expect(report.firstBreak).toMatchObject({ id: victim.id.toString(), position: 4 });
    expect(report.firstBreak?.reason).toMatch(/edited/);
    expect(report.rows).toBe(3);
    // Verification never repairs: the forged row is still there, still forged.
    const still = await db.auditEvent.findUniqueOrThrow({ where: { id: victim.id } });
    expect(still.after).toMatchObject({ name: "Forged" });

    await asOwner(`UPDATE "AuditEvent" SET "after" = $2::jsonb WHERE id = $1`, [
      victim.id.toString(),
      original,
    ]);
    expect((await verify()).firstBreak).toBeNull();
  });

  it("reports a removed row at the row that follows it", async () => {
    const rows = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    const removed = rows[5];
    const next = rows[6];
    if (!removed || !next) throw new Error("not enough rows");
    await asOwner(`DELETE FROM "AuditEvent" WHERE id = $1`, [removed.id.toString()]);
    const report = await verify();
    expect(report.firstBreak).toMatchObject({ id: next.id.toString(), position: 6 });
    expect(report.firstBreak?.reason).toMatch(/removed/);
  });
});
