// The migration that chained the audit log: rows written before it get hashes in id order
// that the application's own verifier (RFC 8785 via `canonicalize`) accepts, and the SQL
// canonicaliser agrees with the package on awkward values.
import pg from "pg";
import canonicalize from "canonicalize";
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createTestDatabase } from "@/test/support/test-db";
import { migrateRest, migrateUpTo } from "@/test/support/partial-migrations";

const AWKWARD: unknown[] = [
  0,
  -1,
  1,
  1.5,
  -0.25,
  100,
  1e21,
  1.5e21,
  1e-7,
  1.2345e-7,
  0.000001,
  0.1,
  123456789.123,
  2 ** 53,
  9007199254740993,
  5e-324,
  1.7976931348623157e308,
  1e15,
  123e18,
  0.3333333333333333,
  "",
  "plain",
  'quote " backslash \\ slash /',
  "line\nbreak\ttab\r\u0001\u001f\u007f",
  "Україна — “quotes” €",
  "emoji 😀 and 𝄞",
  true,
  false,
  null,
  [],
  {},
  { b: 1, a: 2, A: 3, _: 4, "10": 5, "2": 6, é: 7, z: { y: [3, { x: null }] } },
  [1, "two", [3, [4]], { k: "v" }],
];

async function withClient<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe("audit chain migration", () => {
  it("hashes the rows that existed before it, in order, as the application would", async () => {
    const url = await createTestDatabase();
    await migrateUpTo(url, "20261126000000_init");
    await withClient(url, async (c) => {
      for (const [i, value] of AWKWARD.entries()) {
        await c.query(
          `INSERT INTO "AuditEvent" ("action", "entityType", "entityId", "before", "after", "createdAt")
           VALUES ($1, 'Test', $2, $3::jsonb, $4::jsonb, $5)`,
          [
            `test.${i}`,
            String(i),
            i % 3 === 0 ? null : JSON.stringify({ value }),
            JSON.stringify(value),
            new Date(Date.UTC(2026, 0, 1, 0, 0, i, 7 * i)),
          ],
        );
      }
    });
    await migrateRest(url);
    await withClient(url, async (c) => {
      const report = await verifyAuditChain(c, { batchSize: 4 });
      expect(report.firstBreak).toBeNull();
      expect(report.rows).toBe(AWKWARD.length);
      const { rows } = await c.query<{ count: string }>(
        `SELECT count(*) FROM "AuditEvent" WHERE "hash" IS NULL OR "prevHash" IS NULL`,
      );
      expect(rows[0]?.count).toBe("0");
    });
  });

  it("canonicalises JSON in SQL exactly as RFC 8785 (the canonicalize package) does", async () => {
    const url = await createTestDatabase(process.env.TEST_DB_TEMPLATE);
    await withClient(url, async (c) => {
      for (const value of AWKWARD) {
        const { rows } = await c.query<{ text: string }>(
          `SELECT "audit_canonical_json"($1::jsonb) AS text`,
          [JSON.stringify(value)],
        );
        expect(rows[0]?.text, JSON.stringify(value)).toBe(canonicalize(value));
      }
    });
  });
});
