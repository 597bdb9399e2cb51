// Next.js data-cache handler for Claimwatch: cached public content lives in this process's
// memory (a visit costs no database round trip), and invalidations travel between instances
// through PostgreSQL LISTEN/NOTIFY. A mutation that changes public content runs
// `pg_notify('claimwatch_cache', <tag>)` inside its own transaction, so the notice is sent if
// and only if the change commits, and every instance (this one included) drops entries with
// that tag. While the listening connection is down nothing is served from the cache, so an
// instance can be slow but never stale.
import pg from "pg";

const CHANNEL = "claimwatch_cache";
const MAX_ENTRIES = 2000;

/** @type {Map<string, { value: unknown; lastModified: number; tags: string[] }>} */
const entries = new Map();
/** @type {Map<string, number>} */
const invalidatedAt = new Map();
let listening = false;
let connecting = false;
/** @type {Array<() => void>} */
let waiting = [];

/** Resolves once this process listens for invalidations (the cache is in use from then on). */
export function whenListening() {
  listen();
  return listening ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}

function listen() {
  const url = process.env.DATABASE_URL;
  if (!url || listening || connecting) return;
  connecting = true;
  const client = new pg.Client({ connectionString: url });
  const fail = () => {
    listening = false;
    connecting = false;
    entries.clear();
    client.end().catch(() => undefined);
    setTimeout(listen, 1000).unref();
  };
  client.on("error", fail);
  client.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    const now = Date.now();
    for (const tag of message.payload.split(",")) invalidatedAt.set(tag, now);
  });
  client
    .connect()
    .then(() => client.query(`LISTEN ${CHANNEL}`))
    .then(() => {
      // Anything cached before we were listening may have missed a notice.
      entries.clear();
      listening = true;
      connecting = false;
      for (const resolve of waiting) resolve();
      waiting = [];
    })
    .catch(fail);
}

function isStale(entry, tags) {
  return tags.some((tag) => (invalidatedAt.get(tag) ?? 0) >= entry.lastModified);
}

export default class ClaimwatchCacheHandler {
  /** @param {{ maxEntries?: number }} [options] how many entries to keep (tests use a few) */
  constructor(options) {
    this.maxEntries = options?.maxEntries ?? MAX_ENTRIES;
    listen();
  }

  async get(key, ctx) {
    if (!listening) return null;
    const entry = entries.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    if (isStale(entry, tags)) {
      entries.delete(key);
      return null;
    }
    // Least recently used first: a Map iterates in insertion order, so a hit moves to the end.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, ctx) {
    if (!listening) return;
    entries.delete(key);
    while (entries.size >= this.maxEntries) entries.delete(entries.keys().next().value);
    entries.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] });
  }

  async revalidateTag(tags) {
    const now = Date.now();
    for (const tag of [tags].flat()) invalidatedAt.set(tag, now);
  }

  resetRequestCache() {}
}
