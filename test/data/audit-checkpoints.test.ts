// Signed checkpoints of the audit log: one per hour whoever tries, on demand by admins only,
// and they catch a rewrite that recomputes every hash after the edited row.
import pg from "pg";
import canonicalize from "canonicalize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/lib/actors/create-actor";
import { chainHash } from "@/lib/audit/chain";
import {
  checkpointSignatureValid,
  checkpointStatementText,
} from "@/lib/audit/checkpoint-statement";
import { listFeedItems } from "@/lib/public/feed-entries";
import { recordHourlyCheckpoint, requestCheckpoint } from "@/lib/audit/checkpoints";
import { listCheckpoints } from "@/lib/audit/list-checkpoints";
import { parseSavedCheckpoints } from "@/lib/audit/saved-checkpoints";
import { auditSigningKey } from "@/lib/audit/signing-key";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import type { SessionUser } from "@/lib/auth/session-user";
import { expectAppError, makeUser } from "@/test/support/factories";

let admin: SessionUser;
let editor: SessionUser;
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  editor = await makeUser("EDITOR");
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

function key() {
  const signing = auditSigningKey();
  if (!signing.ok) throw new Error(signing.message);
  return signing.key;
}

describe("audit checkpoints", () => {
  it("records one hourly checkpoint however many instances try at once", async () => {
    await createActor.execute(editor, { name: "Before the hour", kind: "PERSON" });
    const attempts = await Promise.all(Array.from({ length: 5 }, () => recordHourlyCheckpoint()));
    expect(attempts.filter(Boolean)).toHaveLength(1);
    expect(await db.auditCheckpoint.count({ where: { kind: "HOURLY" } })).toBe(1);
  });

  it("lets only admins ask for one, and publishes it signed with the row count and head", async () => {
    await expectAppError(requestCheckpoint.execute(editor, {}), "FORBIDDEN");
    await expectAppError(requestCheckpoint.execute(null, {}), "UNAUTHORIZED");
    const { id } = await requestCheckpoint.execute(admin, {});
    const page = await listCheckpoints({});
    const published = page.items.find((c) => c.id === id);
    if (!published) throw new Error("checkpoint not listed");
    expect(page.publicKey).toBe(key().publicKeyRaw);
    expect(
      checkpointSignatureValid(published.statement, published.signature, key().publicKey),
    ).toBe(true);
    // Its request is audited after the checkpoint was taken: the head it names is the row before.
    const rows = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(published.statement.rowCount).toBe(rows.length - 1);
    expect(published.statement.headHash).toBe(rows.at(-2)?.hash);
    expect(rows.at(-1)).toMatchObject({ action: "audit.checkpoint", actorId: admin.id });
    const report = await verifyAuditChain(client, { key: key() });
    expect(report.firstBreak).toBeNull();
    expect(report.checkpoints).toEqual({ checked: 2, problems: [] });

    // The Atom feed carries it too, with the exact signed text and the signature.
    const entry = (await listFeedItems()).find((e) =>
      e.summary.includes(`"signedAt":"${published.statement.signedAt}"`),
    );
    expect(entry?.id).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(entry?.summary).toContain(checkpointStatementText(published.statement));
    expect(entry?.summary).toContain(published.signature);
    expect(entry?.title).toContain(`${published.statement.rowCount} entries`);
  });

  it("catches a rewrite that re-hashes the whole chain after an edited row", async () => {
    // A third party keeps the published checkpoints, exactly as the API served them.
    const kept = parseSavedCheckpoints(JSON.stringify(await listCheckpoints({})));
    expect(kept.items).toHaveLength(2);
    const rows = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    await client.query("BEGIN");
    await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await client.query(
      `ALTER TABLE "AuditEvent" DROP CONSTRAINT IF EXISTS "AuditEvent_prevHash_key"`,
    );
    await client.query(`DROP INDEX IF EXISTS "AuditEvent_prevHash_key"`);
    let prev = rows[0]?.prevHash ?? "";
    for (const [i, row] of rows.entries()) {
      const after = i === 0 ? { ...(row.after as object), name: "Rewritten" } : row.after;
      const hash = chainHash(prev, {
        id: row.id.toString(),
        actorId: row.actorId,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after,
        createdAt: row.createdAt.toISOString(),
      });
      await client.query(
        `UPDATE "AuditEvent" SET "after" = $2::jsonb, "prevHash" = $3, "hash" = $4 WHERE id = $1`,
        [row.id.toString(), canonicalize(after) ?? null, prev, hash],
      );
      prev = hash;
    }
    await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    await client.query("COMMIT");

    const report = await verifyAuditChain(client, { key: key() });
    // The chain itself is consistent again; only the signed checkpoints give the rewrite away.
    expect(report.firstBreak).toBeNull();
    expect(report.checkpoints.problems).toHaveLength(2);
    expect(report.checkpoints.problems[0]).toMatch(/says row \d+ ends in/);

    // The owner goes further and deletes the checkpoints from the database: the log alone now
    // checks out, but not against the checkpoints kept outside it.
    await client.query("BEGIN");
    await client.query(
      `ALTER TABLE "AuditCheckpoint" DISABLE TRIGGER "AuditCheckpoint_append_only"`,
    );
    await client.query(`DELETE FROM "AuditCheckpoint"`);
    await client.query(
      `ALTER TABLE "AuditCheckpoint" ENABLE TRIGGER "AuditCheckpoint_append_only"`,
    );
    await client.query("COMMIT");
    const alone = await verifyAuditChain(client, { key: key() });
    expect(alone.firstBreak).toBeNull();
    expect(alone.checkpoints).toEqual({ checked: 0, problems: [] });
    // With the kept checkpoints (signatures checked by the key they were published with).
    const against = await verifyAuditChain(client, { saved: kept });
    expect(against.checkpoints.checked).toBe(2);
    const problems = against.checkpoints.problems.join("\n");
    expect(problems).toMatch(/saved checkpoint \d+ .* is missing from the database \(deleted\)/);
    expect(problems).toMatch(/saved \d+ \(signed .*\) says row \d+ ends in/);
    expect(problems).not.toMatch(/signature/);
    // A kept checkpoint whose statement was altered fails its signature.
    const forged = structuredClone(kept);
    const first = forged.items[0];
    if (first) first.statement.rowCount += 1;
    const forgedReport = await verifyAuditChain(client, { saved: forged });
    expect(forgedReport.checkpoints.problems.join("\n")).toMatch(/signature does not match/);
  });
});
