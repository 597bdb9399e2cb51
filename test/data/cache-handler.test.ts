import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import ClaimwatchCacheHandler, { whenListening } from "../../cache-handler.mjs";

// The cache handler keeps public content (reads and whole pages) in memory and drops it when
// a transaction that changed public content commits a pg_notify of its tags on the channel
// (lib/cache/public-content.ts).
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

  it("drops a whole page when a notice names one of the tags it was rendered from", async () => {
    const page = (n: number) => ({
      kind: "APP_PAGE",
      html: `<p>page ${n}</p>`,
      headers: { "x-next-cache-tags": `public-all,claim:${n},actor:a${n},_N_T_/claims/${n}` },
    });
    await handler.set("/claims/1", page(1), {});
    await handler.set("/claims/2", page(2), {});
    await client.query("SELECT pg_notify('claimwatch_cache', 'claim:1,public-content')");
    expect(await until(async () => (await handler.get("/claims/1", {})) === null)).toBe(true);
    expect(await handler.get("/claims/2", {}), "a page of another claim stays").not.toBeNull();
    await client.query("SELECT pg_notify('claimwatch_cache', 'public-all')");
    expect(await until(async () => (await handler.get("/claims/2", {})) === null)).toBe(true);
  });

  it("stores a reader's page without scripts, keeping its JSON-LD", async () => {
    const html =
      '<head><link rel="preload" as="script" href="/a.js"/><link rel="stylesheet" href="/s.css"/></head>' +
      '<body><p>text</p><script src="/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script>' +
      '<script type="application/ld+json">{"@type":"ClaimReview"}</script></body>';
    const page = { kind: "APP_PAGE", html, headers: { "x-next-cache-tags": "reader-test" } };
    await handler.set("/route-cache/APP_PAGE/abc/$/cached/o/claims/1", page, {});
    await handler.set("/route-cache/APP_PAGE/abc/$/claims/1", page, {});
    const stored = (await handler.get("/route-cache/APP_PAGE/abc/$/cached/o/claims/1", {}))
      ?.value as { html: string };
    expect(stored.html).toBe(
      '<head><link rel="stylesheet" href="/s.css"/></head><body><p>text</p>' +
        '<script type="application/ld+json">{"@type":"ClaimReview"}</script></body>',
    );
    const member = (await handler.get("/route-cache/APP_PAGE/abc/$/claims/1", {}))?.value;
    expect((member as { html: string }).html, "other pages keep their scripts").toBe(html);
  });

  it("serves nothing while its listening connection is down, and listens again", async () => {
    await handler.set("k3", { kind: "FETCH", data: "v3" }, { tags: ["elsewhere"] });
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE application_name = $1",
      [`claimwatch-cache:${process.pid}`],
    );
    expect(rows).toHaveLength(1);
    await client.query("SELECT pg_terminate_backend($1)", [rows[0]?.pid]);
    expect(await until(async () => (await handler.get("k3", { tags: [] })) === null)).toBe(true);
    await whenListening();
    expect(await handler.get("k3", { tags: [] }), "what was cached before may be stale").toBeNull();
    await handler.set("k4", { kind: "FETCH", data: "v4" }, { tags: ["elsewhere"] });
    expect(await handler.get("k4", { tags: [] })).not.toBeNull();
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
