// Next.js server cache handler for Claimwatch: whole public pages (the full route cache) and
// cached public reads (unstable_cache) live in this process's memory, so a visit costs no
// rendering and no database round trip, and invalidations travel between instances through
// PostgreSQL LISTEN/NOTIFY. A mutation that changes public content runs
// `pg_notify('claimwatch_cache', 'tag,tag,…')` inside its own transaction
// (lib/cache/public-content.ts), so the notice is sent if and only if the change commits, and
// every instance (this one included) drops the entries carrying one of those tags: a read
// carries the tags it was cached under, a page the tags of every read it was rendered from
// (Next lists them in the entry's x-next-cache-tags header). While the listening connection
// is down nothing is served from the cache, so an instance can be slow but never stale.
import pg from "pg";

const CHANNEL = "claimwatch_cache";
const MAX_ENTRIES = 5000;
const MAX_BYTES = 128 * 1024 * 1024;
// A read or a render that started before a notice may be stored just after it; an entry
// counts as made this long before it was stored, so such a notice still drops it.
const RENDER_GRACE_MS = 2000;
// The listening connection is checked this often; one that does not answer within the same
// time is taken for dead (a lost notice must not go unnoticed for longer).
const PING_MS = 1000;

/**
 * One state per process, whichever copy of this module Next loaded: entries in least
 * recently used order (a Map iterates in insertion order; a hit moves to the end).
 * @type {{ entries: Map<string, { value: unknown; lastModified: number; tags: string[]; bytes: number }>; bytes: number; invalidatedAt: Map<string, number>; listening: boolean; connecting: boolean; waiting: Array<() => void> }}
 */
const state = (globalThis[Symbol.for("claimwatch.cache")] ??= {
  entries: new Map(),
  bytes: 0,
  invalidatedAt: new Map(),
  listening: false,
  connecting: false,
  waiting: [],
});

/** Resolves once this process listens for invalidations (the cache is in use from then on). */
export function whenListening() {
  listen();
  return state.listening ? Promise.resolve() : new Promise((r) => state.waiting.push(r));
}

function clear() {
  state.entries.clear();
  state.bytes = 0;
}

function listen() {
  const url = process.env.DATABASE_URL;
  if (!url || state.listening || state.connecting) return;
  state.connecting = true;
  // Named so an operator (or a test) can find this instance's listening session.
  const client = new pg.Client({
    connectionString: url,
    application_name: `claimwatch-cache:${process.pid}`,
    keepAlive: true,
  });
  let ping = null;
  let failed = false;
  const fail = () => {
    if (failed) return;
    failed = true;
    clearInterval(ping);
    state.listening = false;
    state.connecting = false;
    clear();
    client.end().catch(() => undefined);
    setTimeout(listen, 1000).unref();
  };
  client.on("error", fail);
  client.on("end", fail);
  client.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    invalidate(message.payload.split(","));
  });
  client
    .connect()
    .then(() => client.query(`LISTEN ${CHANNEL}`))
    .then(() => {
      // Anything cached before we were listening may have missed a notice.
      clear();
      state.listening = true;
      state.connecting = false;
      for (const resolve of state.waiting) resolve();
      state.waiting = [];
      let answered = true;
      ping = setInterval(() => {
        if (!answered) return fail();
        answered = false;
        client.query("SELECT 1").then(() => (answered = true), fail);
      }, PING_MS);
      ping.unref();
    })
    .catch(fail);
}

function invalidate(tags) {
  const now = Date.now();
  for (const tag of tags) state.invalidatedAt.set(tag, now);
}

function isStale(entry, tags) {
  return tags.some((tag) => (state.invalidatedAt.get(tag) ?? 0) >= entry.lastModified);
}

/** The tags of a stored value: a page's or route's are in its x-next-cache-tags header. */
function tagsOf(data, ctx) {
  const header = data?.headers?.["x-next-cache-tags"];
  const own = typeof header === "string" ? header.split(",") : [];
  return [...new Set([...own, ...(ctx?.tags ?? [])])];
}

/**
 * A cached reader's page (a route under app/cached/, lib/cache/page-routes.ts) is stored
 * without its scripts: it is complete HTML that a reader reads and follows links from, so the
 * React runtime, the router and the inline RSC payload would be downloaded for nothing (JSON-LD
 * data blocks stay). (The
 * RSC payload stays in the entry for the client router of a member's page that links here.)
 */
const SCRIPT =
  /<script\b[^>]*>[\s\S]*?<\/script>|<link\b[^>]*\bas="script"[^>]*>|<link\b[^>]*rel="modulepreload"[^>]*>/g;
const DATA_BLOCK = /^<script\b[^>]*\btype="application\/ld\+json"/;
function forReaders(key, data) {
  // Next keys a page by its route and then its path: "…/$/cached/…".
  if (!key.includes("$/cached/") || data?.kind !== "APP_PAGE" || typeof data.html !== "string") {
    return data;
  }
  // Data blocks (the ClaimReview JSON-LD) are not scripts to run: they stay.
  const html = data.html.replace(SCRIPT, (tag) => (DATA_BLOCK.test(tag) ? tag : ""));
  return { ...data, html };
}

/** Roughly how much memory a value holds (pages: HTML, RSC payload and segments). */
function sizeOf(data) {
  if (!data || typeof data !== "object") return 64;
  let bytes = 256;
  if (typeof data.html === "string") bytes += data.html.length;
  if (data.rscData?.byteLength) bytes += data.rscData.byteLength;
  if (data.body?.byteLength) bytes += data.body.byteLength;
  if (data.segmentData instanceof Map) {
    for (const segment of data.segmentData.values()) bytes += segment?.byteLength ?? 0;
  }
  if (data.kind === "FETCH") bytes += JSON.stringify(data.data ?? null).length;
  return bytes;
}

export default class ClaimwatchCacheHandler {
  /** @param {{ maxEntries?: number; maxBytes?: number }} [options] limits (tests use small ones) */
  constructor(options) {
    this.maxEntries = options?.maxEntries ?? MAX_ENTRIES;
    this.maxBytes = options?.maxBytes ?? MAX_BYTES;
    listen();
  }

  async get(key, ctx) {
    if (!state.listening) return null;
    const entry = state.entries.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    state.entries.delete(key);
    if (isStale(entry, tags)) {
      state.bytes -= entry.bytes;
      return null;
    }
    state.entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, ctx) {
    if (!state.listening) return;
    const previous = state.entries.get(key);
    if (previous) {
      state.entries.delete(key);
      state.bytes -= previous.bytes;
    }
    if (!data) return;
    // A page that answered "not found" (an unpublished claim or source) is not kept: Next
    // stores such a render without its not-found HTML, so a second visit would get an empty
    // page. Each visit renders it again from the cached reads underneath.
    if (data.kind === "APP_PAGE" && typeof data.status === "number" && data.status !== 200) return;
    const entry = {
      value: forReaders(key, data),
      lastModified: Date.now() - RENDER_GRACE_MS,
      tags: tagsOf(data, ctx),
      bytes: 0,
    };
    entry.bytes = sizeOf(entry.value);
    while (
      state.entries.size > 0 &&
      (state.entries.size >= this.maxEntries || state.bytes + entry.bytes > this.maxBytes)
    ) {
      const [oldestKey, oldest] = state.entries.entries().next().value;
      state.entries.delete(oldestKey);
      state.bytes -= oldest.bytes;
    }
    state.entries.set(key, entry);
    state.bytes += entry.bytes;
  }

  async revalidateTag(tags) {
    invalidate([tags].flat());
  }

  resetRequestCache() {}
}
