// Part of `npm run bench`: how fast `npm run audit:verify` walks the audit chain. Appends
// synthetic rows (claim-sized before/after snapshots) to the end of the bench database's
// chain, then times a full verification and reports seconds per 100,000 rows.
// Target (issue 12): a million rows in under 30 s, i.e. under 3 s per 100,000.
import pg from "pg";
import { chainHash } from "@/lib/audit/chain";
import { AUDIT_CHAIN_LOCK } from "@/lib/audit/record-audit-event";
import { verifyAuditChain } from "@/lib/audit/verify-chain";

const INSERT_BATCH = 2000;
export const AUDIT_VERIFY_TARGET_S_PER_100K = 3;

function syntheticEvent(i: number) {
  const snapshot = {
    statement: `Benchmark statement number ${i}, long enough to look like a real quote.`,
    kind: "STATEMENT",
    madeAt: "2026-01-15",
    version: (i % 7) + 1,
    topics: ["a1b2c3d4-0000-4000-8000-000000000001"],
    resolveBy: null,
  };
  return {
    action: "claim.update",
    entityType: "Claim",
    entityId: `bench-${i % 1000}`,
    before: snapshot,
    after: { ...snapshot, version: snapshot.version + 1 },
  };
}

async function appendRows(client: pg.Client, count: number): Promise<void> {
  await client.query("BEGIN");
  await client.query("SELECT pg_advisory_xact_lock($1::bigint)", [AUDIT_CHAIN_LOCK.toString()]);
  const head = await client.query<{ hash: string }>(
    `SELECT "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1`,
  );
  let prev = head.rows[0]?.hash ?? "0".repeat(64);
  const createdAt = new Date();
  for (let done = 0; done < count; done += INSERT_BATCH) {
    const n = Math.min(INSERT_BATCH, count - done);
    const ids = await client.query<{ id: string }>(
      `SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'id'))::text AS id FROM generate_series(1, $1)`,
      [n],
    );
    const values: unknown[] = [];
    const tuples: string[] = [];
    ids.rows
      .map((r) => r.id)
      .sort((a, b) => Number(a) - Number(b))
      .forEach((id, j) => {
        const e = syntheticEvent(done + j);
        const hash = chainHash(prev, {
          id,
          actorId: null,
          ...e,
          createdAt: createdAt.toISOString(),
        });
        const p = values.length;
        tuples.push(
          `($${p + 1}::bigint, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb, $${p + 6}::jsonb, $${p + 7}, $${p + 8}, $${p + 9})`,
        );
        values.push(
          id,
          e.action,
          e.entityType,
          e.entityId,
          JSON.stringify(e.before),
          JSON.stringify(e.after),
          createdAt,
          prev,
          hash,
        );
        prev = hash;
      });
    await client.query(
      `INSERT INTO "AuditEvent" ("id", "action", "entityType", "entityId", "before", "after", "createdAt", "prevHash", "hash") VALUES ${tuples.join(",")}`,
      values,
    );
  }
  await client.query("COMMIT");
}

/** Appends `rows` synthetic rows, verifies the whole chain, returns the figures. */
export async function benchAuditVerify(databaseUrl: string, rows: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await appendRows(client, rows);
    const started = performance.now();
    const report = await verifyAuditChain(client);
    const seconds = (performance.now() - started) / 1000;
    if (report.firstBreak) throw new Error(`audit chain broken at row ${report.firstBreak.id}`);
    return { rows: report.rows, seconds, per100k: (seconds * 100_000) / report.rows };
  } finally {
    await client.end();
  }
}
