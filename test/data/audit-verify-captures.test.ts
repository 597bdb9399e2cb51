// Captured texts are evidence: audit:verify re-hashes every capture and compares it with its
// stored SHA-256 and with the hash the audit log recorded when it was captured, so a database
// owner who lifts the trigger and edits a capture is caught.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSource } from "@/lib/sources/create-source";
import { recaptureSource } from "@/lib/sources/recapture-source";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { verifyCaptures } from "@/lib/audit/verify-captures";
import { sourceInput } from "@/test/support/sources-factories";
import { makeUser } from "@/test/support/factories";

const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
beforeAll(() => owner.connect());
afterAll(() => owner.end());

async function check() {
  const report = await verifyAuditChain(owner);
  expect(report.firstBreak).toBeNull();
  return verifyCaptures(owner, report.captureHashes);
}

/** As a database owner could: lift the trigger, change a capture, put the trigger back. */
async function tamper(sql: string, values: unknown[]) {
  await owner.query("BEGIN");
  await owner.query(`ALTER TABLE "SourceCapture" DISABLE TRIGGER "SourceCapture_immutable"`);
  await owner.query(sql, values);
  await owner.query(`ALTER TABLE "SourceCapture" ENABLE TRIGGER "SourceCapture_immutable"`);
  await owner.query("COMMIT");
}

describe("verifying the captures", () => {
  it("passes intact captures and names an edited text, then an edited hash", async () => {
    const analyst = await makeUser("ANALYST");
    const source = await createSource.execute(
      analyst,
      sourceInput({ capturedText: "First text." }),
    );
    await recaptureSource.execute(analyst, { id: source.id, capturedText: "Second text." });
    expect(await check()).toEqual({ checked: 2, problems: [] });

    await tamper(
      `UPDATE "SourceCapture" SET "text" = 'Second text, improved.' WHERE "sourceId" = $1::uuid AND "number" = 2`,
      [source.id],
    );
    const edited = await check();
    expect(edited.problems).toHaveLength(1);
    expect(edited.problems[0]).toMatch(
      new RegExp(
        `^capture 2 of source ${source.id}: its text hashes to [0-9a-f]{64}, not its stored`,
      ),
    );

    // Re-hashing the edited text in the row too is caught by the hash the audit log kept.
    await tamper(
      `UPDATE "SourceCapture" SET "sha256" = encode(sha256(convert_to("text", 'UTF8')), 'hex') WHERE "sourceId" = $1::uuid AND "number" = 2`,
      [source.id],
    );
    const replaced = await check();
    expect(replaced.problems).toHaveLength(1);
    expect(replaced.problems[0]).toMatch(
      /the audit log recorded [0-9a-f]{64} \(the capture was replaced\)/,
    );
  });
});
