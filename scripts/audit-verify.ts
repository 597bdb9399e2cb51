// `npm run audit:verify`: walks the whole audit chain (lib/audit/verify-chain.ts) and prints
// the number of rows, the head hash, the checkpoints checked and the first broken link.
// Exits 1 when the chain or a checkpoint does not check out, 2 when it could not run. It only
// reads; nothing is ever repaired.
//   --public-key <file>   SPKI PEM of the checkpoint key (default: the configured signing key)
//   --checkpoints <file>  checkpoints kept outside the database: saved pages of
//                         GET /api/v1/audit/checkpoints (one page, or a JSON list of pages)
// Run with --conditions=react-server so lib/ modules marked "server-only" load outside Next.
import { createPrivateKey } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import pg from "pg";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { verifyCaptures } from "@/lib/audit/verify-captures";
import { describeKey, GENERATED_KEY_FILE } from "@/lib/audit/signing-key";
import { keyFromPem, parseSavedCheckpoints } from "@/lib/audit/saved-checkpoints";

const databaseUrl =
  process.env.DATABASE_URL ??
  `postgresql://claimwatch:claimwatch@127.0.0.1:${process.env.CLAIMWATCH_PG_PORT ?? 54329}/claimwatch`;

const KNOWN_OPTIONS = new Set(["--public-key", "--checkpoints"]);

/** The value of `--name <value>`, or undefined; an unknown option stops the run (exit 2). */
function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const unknown = args.find((a) => a.startsWith("--") && !KNOWN_OPTIONS.has(a));
  if (unknown)
    throw new Error(`unknown option ${unknown} (known: ${[...KNOWN_OPTIONS].join(", ")})`);
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith("--")) throw new Error(`${name} needs a file`);
  return value;
}

/** The public key to check checkpoint signatures with; read only, never generated. */
function verifyingKey() {
  const file = option("--public-key");
  if (file) return keyFromPem(readFileSync(file, "utf8"));
  const pem =
    process.env.CLAIMWATCH_AUDIT_SIGNING_KEY?.replace(/\\n/g, "\n") ??
    (process.env.CLAIMWATCH_AUDIT_SIGNING_KEY_FILE
      ? readFileSync(process.env.CLAIMWATCH_AUDIT_SIGNING_KEY_FILE, "utf8")
      : existsSync(GENERATED_KEY_FILE)
        ? readFileSync(GENERATED_KEY_FILE, "utf8")
        : undefined);
  return pem ? describeKey(createPrivateKey(pem)) : undefined;
}

const client = new pg.Client({ connectionString: databaseUrl });
let code = 0;
try {
  const key = verifyingKey();
  const savedFile = option("--checkpoints");
  const saved = savedFile ? parseSavedCheckpoints(readFileSync(savedFile, "utf8")) : undefined;
  await client.connect();
  const started = performance.now();
  const report = await verifyAuditChain(client, { key, saved });
  const captures = await verifyCaptures(client, report.captureHashes);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Audit log: ${report.rows.toLocaleString("en-US")} rows verified in ${seconds.toFixed(2)} s`,
  );
  const head = report.headId === null ? "(none)" : `row ${report.headId}`;
  console.log(
    report.firstBreak
      ? `Last row that checks out: ${head}, hash ${report.headHash}`
      : `Head: ${report.headId === null ? "(empty log)" : head}, hash ${report.headHash}`,
  );
  console.log(
    `Checkpoints: ${report.checkpoints.checked} checked against the chain` +
      (key
        ? `, signatures with key ${key.keyId}`
        : ", signatures not checked (no key: pass --public-key)"),
  );
  for (const problem of report.checkpoints.problems)
    console.log(`  CHECKPOINT PROBLEM: ${problem}`);
  if (report.firstBreak) {
    const b = report.firstBreak;
    console.log(`FIRST BROKEN LINK: row ${b.id} (position ${b.position}): ${b.reason}`);
  } else {
    console.log("First broken link: none");
  }
  console.log(`Source captures: ${captures.checked} re-hashed`);
  for (const problem of captures.problems) console.log(`  CAPTURE PROBLEM: ${problem}`);
  if (report.firstBreak || report.checkpoints.problems.length > 0 || captures.problems.length > 0) {
    code = 1;
  }
} catch (error) {
  console.error(
    `audit:verify could not run: ${error instanceof Error ? error.message : String(error)}`,
  );
  code = 2;
} finally {
  await client.end().catch(() => undefined);
}
process.exit(code);
