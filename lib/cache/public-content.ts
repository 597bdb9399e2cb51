import "server-only";
import { unstable_cache } from "next/cache";
import type { Tx } from "@/lib/db";
import { inNextServer } from "@/lib/env";
import { ALL_PUBLIC_TAG, PUBLIC_CONTENT_TAG } from "@/lib/cache/tags";

export { PUBLIC_CONTENT_TAG } from "@/lib/cache/tags";

const CHANNEL = "claimwatch_cache";
// PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; longer tag lists are sent in
// several notices.
const PAYLOAD_MAX = 7_500;

/**
 * Wraps a query of public content so that, inside the Next.js server, its result is served
 * from the cache (cache-handler.mjs) under tags: `ALL_PUBLIC_TAG`, plus `tags(...args)` —
 * the records the result depends on (lib/cache/tags.ts), `PUBLIC_CONTENT_TAG` (lists and
 * aggregates) when not given. A page rendered from cached reads carries their tags, so the
 * page is dropped with them. Arguments and result must be JSON (dates as strings). Outside
 * Next (tests, scripts) there is no cache and the query simply runs.
 */
export function cachedPublicQuery<A extends unknown[], R>(
  name: string,
  query: (...args: A) => Promise<R>,
  tags?: (...args: A) => string[],
): (...args: A) => Promise<R> {
  if (!tags) {
    const cached = unstable_cache(query, ["public", name], {
      tags: [ALL_PUBLIC_TAG, PUBLIC_CONTENT_TAG],
    });
    return (...args: A) => (inNextServer() ? cached(...args) : query(...args));
  }
  return (...args: A) => {
    if (!inNextServer()) return query(...args);
    const cached = unstable_cache(query, ["public", name], {
      tags: [ALL_PUBLIC_TAG, ...tags(...args)],
    });
    return cached(...args);
  };
}

/**
 * Queues the invalidation of `tags` inside the transaction: PostgreSQL delivers the notice
 * only on commit, to every instance (cache-handler.mjs), which drops the entries and pages
 * carrying any of them.
 */
export async function invalidatePublicContent(tx: Tx, tags: string[]): Promise<void> {
  let payload = "";
  for (const tag of new Set(tags)) {
    if (payload && payload.length + tag.length + 1 > PAYLOAD_MAX) {
      await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
      payload = "";
    }
    payload = payload ? `${payload},${tag}` : tag;
  }
  if (payload) await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
}
