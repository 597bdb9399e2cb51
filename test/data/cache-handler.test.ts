import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import ClaimwatchCacheHandler, { whenListening } from "../../cache-handler.mjs";

// The cache handler keeps public content in memory and drops it when a transaction that
// changed public content commits a pg_notify on its channel (lib/cache/public-content.ts).
const TAG = "public-content";
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
afterAll(() => client.end());

const handler = new ClaimwatchCacheHandler();
await whenListening();

async function until(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe("public cache handler", () => {
  it("serves what was stored until a committed change to public content invalidates it", async () => {
    await handler.set("k1", { kind: "FETCH", data: "v1" }, { tags: [TAG] });
    expect(await handler.get("k1", { tags: [TAG] })).toMatchObject({ value: { data: "v1" } });

    await client.query("BEGIN");
    await client.query("SELECT pg_notify('claimwatch_cache', $1)", [TAG]);
    await client.query("ROLLBACK");
    await new Promise((r) => setTimeout(r, 200));
    expect(
      await handler.get("k1", { tags: [TAG] }),
      "a rolled-back change keeps the entry",
    ).not.toBeNull();

    await client.query("BEGIN");
    await client.query("SELECT pg_notify('claimwatch_cache', $1)", [TAG]);
    await client.query("COMMIT");
    expect(await until(async () => (await handler.get("k1", { tags: [TAG] })) === null)).toBe(true);
  });

  it("leaves entries with other tags alone", async () => {
    await handler.set("k2", { kind: "FETCH", data: "v2" }, { tags: ["something-else"] });
    await client.query("SELECT pg_notify('claimwatch_cache', $1)", [TAG]);
    await new Promise((r) => setTimeout(r, 200));
    expect(await handler.get("k2", { tags: ["something-else"] })).not.toBeNull();
  });

  it("evicts the least recently used entry, not the oldest", async () => {
    const small = new ClaimwatchCacheHandler({ maxEntries: 3 });
    for (const key of ["a", "b", "c"]) {
      await small.set(key, { kind: "FETCH", data: key }, { tags: ["lru"] });
    }
    expect(await small.get("a", { tags: ["lru"] })).not.toBeNull(); // a is now the most recent
    await small.set("d", { kind: "FETCH", data: "d" }, { tags: ["lru"] });
    expect(await small.get("b", { tags: ["lru"] }), "b was least recently used").toBeNull();
    for (const key of ["a", "c", "d"]) {
      expect(await small.get(key, { tags: ["lru"] }), key).not.toBeNull();
    }
  });
});
