// The migration that made captures versioned moves every source's text into its first
// capture, losing nothing: same bytes, same hash, same time and author.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/support/test-db";
import { migrateRest, migrateUpTo } from "@/test/support/partial-migrations";

const TEXTS = [
  "Plain text.",
  "Line one\nLine two\n\n  indented — “quoted” Україна 😀\u0001",
  "x".repeat(300_000),
];

describe("source captures migration", () => {
  it("moves every existing captured text into capture 1, byte for byte", async () => {
    const url = await createTestDatabase();
    await migrateUpTo(url, "20261201034200_audit_chain");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const user = await client.query<{ id: string }>(
        `INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES (gen_random_uuid(), 'a@m.test', 'A', now()) RETURNING "id"`,
      );
      const userId = user.rows[0]?.id;
      const sources: { id: string; text: string | null }[] = [];
      for (const [i, text] of [...TEXTS, null].entries()) {
        const row = await client.query<{ id: string }>(
          `INSERT INTO "Source" ("id", "url", "title", "kind", "capturedText", "capturedAt", "capturedSha256", "createdById", "updatedAt")
           VALUES (gen_random_uuid(), $1, 'T', 'OTHER', $2, $3, CASE WHEN $2::text IS NULL THEN NULL ELSE encode(sha256(convert_to($2::text, 'UTF8')), 'hex') END, $4, now())
           RETURNING "id"`,
          [
            `https://m.test/${i}`,
            text,
            text === null ? null : new Date(Date.UTC(2025, 11, i + 1)),
            userId,
          ],
        );
        sources.push({ id: row.rows[0]?.id ?? "", text });
      }
      const before = await client.query(
        `SELECT "id", "capturedSha256", "capturedAt" FROM "Source"`,
      );
      await migrateRest(url);
      const captures = await client.query<{
        sourceId: string;
        number: number;
        text: string;
        sha256: string;
        capturedAt: Date;
        capturedById: string;
      }>(`SELECT * FROM "SourceCapture"`);
      expect(captures.rows).toHaveLength(TEXTS.length);
      for (const s of sources) {
        const capture = captures.rows.find((c) => c.sourceId === s.id);
        if (s.text === null) {
          expect(capture).toBeUndefined();
          continue;
        }
        const old = before.rows.find((r: { id: string }) => r.id === s.id) as {
          capturedSha256: string;
          capturedAt: Date;
        };
        expect(capture).toMatchObject({
          number: 1,
          text: s.text,
          sha256: old.capturedSha256,
          capturedAt: old.capturedAt,
          capturedById: userId,
        });
      }
      // The Source rows keep their copy too: nothing was removed.
      const after = await client.query(`SELECT "id", "capturedSha256", "capturedAt" FROM "Source"`);
      expect(after.rows).toEqual(expect.arrayContaining(before.rows));
    } finally {
      await client.end();
    }
  });
});
