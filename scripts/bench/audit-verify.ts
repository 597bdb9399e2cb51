// Part of `npm run bench`: how fast `npm run audit:verify` walks the audit chain. Appends
// synthetic rows (claim-sized before/after snapshots) to the end of a chain, then runs the
// real command (a child process, start-up included) and reports seconds per 100,000 rows.
// Target (issue 12): a million rows in under 30 s, i.e. under 3 s per 100,000.
//   npm run bench                      after the page figures, on the bench database
//   npm run bench -- --audit [--audit-rows 1000000]
//                                      only this figure, on claimwatch_audit_<rows> of the
//                                      embedded server (made once, then reused)
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { chainHash, GENESIS_HASH } from "@/lib/audit/chain";
import { AUDIT_CHAIN_LOCK } from "@/lib/audit/record-audit-event";
import { openScaleDatabase } from "../lib/scale/database.ts";

const INSERT_BATCH = 2000;
export const AUDIT_VERIFY_TARGET_S_PER_100K = 3;
const root = join(import.meta.dirname, "..", "..");

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

/** Appends `count` chained rows under the chain lock, in batches of INSERT_BATCH. */
async function appendRows(client: pg.Client, count: number): Promise<void> {
  await client.query("BEGIN");
  await client.query("SELECT pg_advisory_xact_lock($1::bigint)", [AUDIT_CHAIN_LOCK.toString()]);
  const head = await client.query<{ hash: string }>(
    `SELECT "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1`,
  );
  let prev = head.rows[0]?.hash ?? GENESIS_HASH;
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

/** Runs `npm run audit:verify` against `databaseUrl`; wall time and the rows it reported. */
function runVerifyCommand(databaseUrl: string): Promise<{ seconds: number; rows: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", join(root, "scripts", "audit-verify.ts")],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done, fail) => {
    child.once("error", fail);
    child.once("exit", (code) => {
      const seconds = (performance.now() - started) / 1000;
      const rows = /Audit log: ([\d,]+) rows verified/.exec(output)?.[1];
      if (code !== 0 || !rows) {
        fail(new Error(`audit:verify exited ${code}:\n${output}`));
        return;
      }
      done({ seconds, rows: Number(rows.replace(/,/g, "")) });
    });
  });
}

/** Appends `rows` synthetic rows to the chain at `databaseUrl`, then times audit:verify. */
export async function benchAuditVerify(databaseUrl: string, rows: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: counted } = await client.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "AuditEvent"`,
    );
    const missing = rows - Number(counted[0]?.n ?? 0);
    if (missing > 0) {
      console.log(`Appending ${missing.toLocaleString("en-US")} audit rows…`);
      await appendRows(client, missing);
    }
  } finally {
    await client.end();
  }
  const load = loadavg()[0] ?? NaN;
  const run = await runVerifyCommand(databaseUrl);
  return {
    rows: run.rows,
    seconds: run.seconds,
    per100k: (run.seconds * 100_000) / run.rows,
    load,
  };
}

/** `npm run bench -- --audit`: the audit:verify figure alone; returns the exit code. */
export async function runAuditBench(rows: number): Promise<number> {
  const database = await openScaleDatabase(`claimwatch_audit_${rows}`, false, false);
  try {
    const result = await benchAuditVerify(database.url, rows);
    printAuditFigure(result);
    console.log(`Run it by hand: DATABASE_URL=${database.url} npm run audit:verify`);
    return result.per100k > AUDIT_VERIFY_TARGET_S_PER_100K ? 1 : 0;
  } finally {
    await database.close();
  }
}

export function printAuditFigure(r: {
  rows: number;
  seconds: number;
  per100k: number;
  load: number;
}) {
  console.log(
    `audit:verify: ${r.rows.toLocaleString("en-US")} rows in ${r.seconds.toFixed(2)} s = ${r.per100k.toFixed(2)} s per 100,000 rows (target < ${AUDIT_VERIFY_TARGET_S_PER_100K} s; load average ${r.load.toFixed(2)} at start)`,
  );
}
