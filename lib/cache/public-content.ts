import "server-only";
import { unstable_cache } from "next/cache";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";

// Public reads are cached (see cache-handler.mjs) under one tag; any committed change to
// public content invalidates it on every instance. One tag is coarse but simple, and
// publishing is rare next to reading.
export const PUBLIC_CONTENT_TAG = "public-content";
const CHANNEL = "claimwatch_cache";

/**
 * Wraps a query of public content so that, inside the Next.js server, its result is served
 * from the cache. Arguments and result must be JSON (dates as strings). Outside Next (tests,
 * scripts) there is no cache and the query simply runs.
 */
export function cachedPublicQuery<A extends unknown[], R>(
  name: string,
  query: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const cached = unstable_cache(query, ["public", name], { tags: [PUBLIC_CONTENT_TAG] });
  return (...args: A) => (env().NEXT_RUNTIME ? cached(...args) : query(...args));
}

/** Queues the invalidation inside the transaction: PostgreSQL delivers it only on commit. */
export async function invalidatePublicContent(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${PUBLIC_CONTENT_TAG})`;
}
