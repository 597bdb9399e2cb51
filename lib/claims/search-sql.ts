import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { TOTAL_CAP, type Keyset } from "@/lib/claims/keyset";
import { conditions, rankOf, reading, type SearchSpec } from "@/lib/claims/search-where";

export type { SearchSpec } from "@/lib/claims/search-where";

// The claim search's queries: a page of keys, the first page by relevance, the capped count.
// What rows they read and how they test them is lib/claims/search-where.ts.

/**
 * The SQL of one page of matching claim ids with their sort keys: by relevance (ts_rank)
 * then newest when there is text, newest first otherwise; ties broken by id. `after` is the
 * key of the previous page's last row. Exported for the EXPLAIN test.
 */
export function keysQuery(spec: SearchSpec, after: Keyset | null, limit: number): Prisma.Sql {
  if (spec.actorIds.length > 0) return namesKeysQuery(spec, after, limit);
  const read = reading(spec);
  const rank = rankOf(spec);
  const where = conditions(spec, Boolean(spec.filters.q) && !rank && spec.walk === true);
  if (after) {
    where.push(
      rank
        ? Prisma.sql`(${rank}, ${read.at}, ${read.id}) < (${after.rank ?? "0"}::real, ${after.at}::timestamp, ${after.id}::uuid)`
        : Prisma.sql`(${read.at}, ${read.id}) < (${after.at}::timestamp, ${after.id}::uuid)`,
    );
  }
  if (spec.filters.q && !rank && !spec.walk) {
    // Text listed newest first without the walk (a date range): every match read from the
    // indexes (GIN, and the date index when the planner ANDs them), then sorted. Kept apart
    // (MATERIALIZED), or the planner, reading LIMIT, walks the date index from the newest
    // claim and may test most of the table before it reaches the range.
    return Prisma.sql`
      WITH m AS MATERIALIZED (
        SELECT ${read.id} AS id, ${read.at} AS at FROM ${read.from}
        WHERE ${Prisma.join(where, " AND ")})
      SELECT m.id, m.at::text AS at, NULL::text AS rank FROM m
      ORDER BY m.at DESC, m.id DESC LIMIT ${limit}`;
  }
  return Prisma.sql`
    SELECT ${read.id} AS id, ${read.at}::text AS at, ${rank ?? Prisma.sql`NULL`}::text AS rank
    FROM ${read.from}
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${rank ? Prisma.sql`${rank} DESC,` : Prisma.empty} ${read.at} DESC, ${read.id} DESC
    LIMIT ${limit}`;
}

/**
 * The keys of a page of the matched actors' claims, newest first: each actor's own newest
 * `limit` after the cursor, read in order from the claimant index
 * (ClaimRevision_claimantId_publicAt_claimId_idx for the public reading), then merged. The
 * work grows with the number of actors matched (at most 20), not with their claims.
 */
function namesKeysQuery(spec: SearchSpec, after: Keyset | null, limit: number): Prisma.Sql {
  const read = reading(spec);
  const where = conditions(spec, false, false);
  where.push(Prisma.sql`${read.content}."claimantId" = a.actor`);
  if (after) {
    where.push(Prisma.sql`(${read.at}, ${read.id}) < (${after.at}::timestamp, ${after.id}::uuid)`);
  }
  return Prisma.sql`
    SELECT k.id, k.at::text AS at, NULL::text AS rank
    FROM unnest(${spec.actorIds}::uuid[]) AS a(actor) CROSS JOIN LATERAL (
      SELECT ${read.id} AS id, ${read.at} AS at FROM ${read.from}
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY ${read.at} DESC, ${read.id} DESC LIMIT ${limit}) k
    ORDER BY k.at DESC, k.id DESC
    LIMIT ${limit}`;
}

/**
 * Past this many matches a text search is listed newest first and its total, unless the
 * lexeme counts give it, reads "1,000+": ranking and counting read every match's row, so
 * they are kept to a bounded set, where a page costs the same at any table size.
 */
export const RANK_MAX = 1_000;

/**
 * The SQL of the first page of a text search: the number of matches `n` (up to
 * RANK_MAX + 1), and when that is at most RANK_MAX, the best `limit` by relevance, in one
 * statement (one row with null keys when nothing is ranked). Past RANK_MAX the ranking is
 * never run (a one-time filter), since the caller then lists newest first. Exported for the
 * EXPLAIN test.
 */
export function rankedFirstPageQuery(spec: SearchSpec, limit: number): Prisma.Sql {
  const read = reading(spec);
  const rank = rankOf({ ...spec, relevance: true }) ?? Prisma.sql`NULL::real`;
  const where = Prisma.join(conditions(spec), " AND ");
  return Prisma.sql`
    SELECT counted.n, k.id, k.at, k.rank FROM (
      SELECT count(*)::int AS n FROM (
        SELECT 1 FROM ${read.from} WHERE ${where} LIMIT ${RANK_MAX + 1}) m) counted
    LEFT JOIN LATERAL (
      SELECT ${read.id} AS id, ${read.at}::text AS at, ${rank}::text AS rank
      FROM ${read.from} WHERE ${where} AND counted.n <= ${RANK_MAX}
      ORDER BY ${rank} DESC, ${read.at} DESC, ${read.id} DESC
      LIMIT ${limit}) k ON TRUE`;
}

/** The SQL counting the matches up to `cap` + 1 (TOTAL_CAP by default) and no further. */
export function countQuery(spec: SearchSpec, cap = TOTAL_CAP): Prisma.Sql {
  const read = reading(spec);
  return Prisma.sql`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM ${read.from} WHERE ${Prisma.join(conditions(spec), " AND ")}
      LIMIT ${cap + 1}) m`;
}

export async function findMatchingKeys(
  spec: SearchSpec,
  after: Keyset | null,
  limit: number,
): Promise<Keyset[]> {
  return db.$queryRaw<Keyset[]>(keysQuery(spec, after, limit));
}

/** The number of matches, up to `cap` + 1. */
export async function countMatches(spec: SearchSpec, cap = TOTAL_CAP): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>(countQuery(spec, cap));
  return row?.n ?? 0;
}

/** The number of matches (up to RANK_MAX + 1) and, within it, the first page by relevance. */
export async function findRankedFirstPage(
  spec: SearchSpec,
  limit: number,
): Promise<{ count: number; keys: Keyset[] }> {
  const rows = await db.$queryRaw<{ n: number; id: string | null; at: string; rank: string }[]>(
    rankedFirstPageQuery(spec, limit),
  );
  return {
    count: rows[0]?.n ?? 0,
    keys: rows.flatMap(({ id, at, rank }) => (id ? [{ id, at, rank }] : [])),
  };
}
