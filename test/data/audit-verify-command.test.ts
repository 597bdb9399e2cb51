// `npm run audit:verify` as an operator runs it: the number of rows, the head hash and the
// first broken link; exit 0 on an intact chain, 1 on a break; and nothing is ever repaired.
import { execFile } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/lib/actors/create-actor";
import { makeUser } from "@/test/support/factories";

const ROOT = join(import.meta.dirname, "..", "..");

function runVerify(...args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [
        "--import",
        "tsx",
        "--conditions=react-server",
        join(ROOT, "scripts", "audit-verify.ts"),
        ...args,
      ],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        done({ code, output: stdout + stderr });
      },
    );
  });
}

beforeAll(async () => {
  const analyst = await makeUser("ANALYST");
  for (const name of ["One", "Two", "Three"]) {
    await createActor.execute(analyst, { name, kind: "PERSON" });
  }
});

describe("npm run audit:verify", () => {
  it("prints the rows and the head, exits 0 on an intact chain and 1 on the edited row", async () => {
    const rows = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    const head = rows.at(-1);
    const victim = rows[1];
    if (!head || !victim) throw new Error("not enough rows");

    const intact = await runVerify();
    expect(intact.output).toContain(`Audit log: ${rows.length} rows verified`);
    expect(intact.output).toContain(`Head: row ${head.id}, hash ${head.hash}`);
    expect(intact.output).toContain("First broken link: none");
    expect(intact.code).toBe(0);

    // A database owner lifts the trigger and edits a row.
    const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    await owner.query("BEGIN");
    await owner.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await owner.query(`UPDATE "AuditEvent" SET "action" = 'actor.forged' WHERE "id" = $1`, [
      victim.id.toString(),
    ]);
    await owner.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    await owner.query("COMMIT");
    await owner.end();

    const broken = await runVerify();
    expect(broken.output).toContain(`FIRST BROKEN LINK: row ${victim.id} (position 2)`);
    expect(broken.output).toContain("Audit log: 1 rows verified");
    expect(broken.output).toContain(`Last row that checks out: row ${rows[0]?.id}`);
    expect(broken.code).toBe(1);
    // Never repaired: the forged row is still there as the owner left it.
    const still = await db.auditEvent.findUniqueOrThrow({ where: { id: victim.id } });
    expect(still).toMatchObject({ action: "actor.forged", hash: victim.hash });
  });

  it("refuses an option it does not know (exit 2) instead of running without it", async () => {
    const typo = await runVerify("--public-kye", "key.pem");
    expect(typo.code).toBe(2);
    expect(typo.output).toContain("unknown option --public-kye");
    const missing = await runVerify("--checkpoints");
    expect(missing.code).toBe(2);
    expect(missing.output).toContain("--checkpoints needs a file");
  });
});
