import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimScope } from "@/lib/claims/visibility";
import type { ClaimFilters } from "@/lib/claims/filters";
import { isoDate } from "@/lib/forms/fields";
import { TOTAL_CAP, type Keyset } from "@/lib/claims/keyset";
import type { MemberConditions } from "@/lib/claims/member-filters";
import { AWAITED_OUTCOMES } from "@/lib/outcomes/resolved";

// The claim search as SQL. The public reading searches published revisions alone: the
// revision the public sees carries `publicAt` (its claim's first publication, null on every
// other revision), so no join to Claim is needed to filter, count or order. Members search
// working copies (Claim c). Both rows carry the same content columns and a `search` tsvector
// kept current by triggers (migration 20261130234424_search_documents). Every shape is served
// by an index: GIN on `search` for text, the trigram indexes for names
// (lib/actors/match-names.ts), (publicAt, claimId) / (updatedAt, id) for newest first,
// (claimantId, madeAt, …) for an actor's claims; test/data/search-explain.test.ts fails on
// a sequential scan.

const CONFIG = Prisma.raw(`'public.claimwatch'::regconfig`);

export interface SearchSpec {
  scope: ClaimScope;
  filters: ClaimFilters;
  /**
   * Actors whose name approximately matches the text. When given, the text matched no
   * document (lib/claims/search-claims.ts falls back to names only then), so their claims
   * are the matches, listed newest first, and the text itself is not searched.
   */
  actorIds: string[];
  /**
   * Without text: "newest" (first published for the public, last changed for members) or
   * "made" (the date the claim was made, as actor and topic pages list them).
   */
  order?: "newest" | "made";
  /** Rank text matches by relevance; otherwise they are listed in `order` too. */
  relevance?: boolean;
  /**
   * Text listed in `order`: test the text on each row of the order's index walk instead of
   * reading every match from the GIN index and sorting them. For text known to match more
   * than RANK_MAX claims, where a page is found within a few thousand rows at most.
   */
  walk?: boolean;
  /** Members' filters (lib/claims/member-filters.ts); the internal reading only. */
  member?: MemberConditions;
}

interface Reading {
  /** The alias of the row carrying the claim's content columns. */
  content: Prisma.Sql;
  from: Prisma.Sql;
  id: Prisma.Sql;
  /** The sort column of the order. */
  at: Prisma.Sql;
  visible: Prisma.Sql;
  outcome: (status: string) => Prisma.Sql;
  topic: (slug: string) => Prisma.Sql;
}

/** The searched rows: table, claim id, sort column, visibility, outcome and topic tests. */
function reading(spec: Pick<SearchSpec, "scope" | "order" | "filters" | "member">): Reading {
  const order = spec.order ?? "newest";
  const { filters } = spec;
  // A topic's list without text is read from its link rows, which carry the sort keys
  // (migration 20261201061500_topic_list_orders): the index on (topicId, key, claimId) then
  // gives the page in order, where testing each claim of the whole table for the topic
  // would not. The content row is joined only when another filter needs it.
  const byTopic = Boolean(filters.topic) && !filters.q;
  const needsContent = Boolean(
    filters.kind || filters.actor || filters.from || filters.to || spec.member,
  );
  const topicId = (slug: string) =>
    Prisma.sql`(SELECT t."id" FROM "Topic" t WHERE t."slug" = ${slug})`;
  if (spec.scope === "public") {
    if (byTopic) {
      return {
        content: Prisma.raw("r"),
        from: needsContent
          ? Prisma.sql`"RevisionTopic" l JOIN "ClaimRevision" r ON r."id" = l."revisionId"`
          : Prisma.sql`"RevisionTopic" l`,
        id: Prisma.raw(`l."claimId"`),
        at: Prisma.raw(order === "made" ? `l."madeAt"` : `l."publicAt"`),
        visible: Prisma.sql`l."publicAt" IS NOT NULL`,
        outcome: (status) => Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c
          WHERE c."id" = l."claimId" AND c."publicOutcomeStatus" = ${status}::"OutcomeStatus")`,
        topic: (slug) => Prisma.sql`l."topicId" = ${topicId(slug)}`,
      };
    }
    return {
      content: Prisma.raw("r"),
      from: Prisma.sql`"ClaimRevision" r`,
      id: Prisma.raw(`r."claimId"`),
      at: Prisma.raw(order === "made" ? `r."madeAt"` : `r."publicAt"`),
      visible: Prisma.sql`r."publicAt" IS NOT NULL`,
      outcome: (status) => Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c
        WHERE c."id" = r."claimId" AND c."publicOutcomeStatus" = ${status}::"OutcomeStatus")`,
      topic: (slug) => Prisma.sql`EXISTS (SELECT 1 FROM "RevisionTopic" rt
        JOIN "Topic" t ON t."id" = rt."topicId" WHERE rt."revisionId" = r."id" AND t."slug" = ${slug})`,
    };
  }
  if (byTopic && order === "made") {
    return {
      content: Prisma.raw("c"),
      from:
        needsContent || filters.outcome
          ? Prisma.sql`"ClaimTopic" l JOIN "Claim" c ON c."id" = l."claimId"`
          : Prisma.sql`"ClaimTopic" l`,
      id: Prisma.raw(`l."claimId"`),
      at: Prisma.raw(`l."madeAt"`),
      visible: Prisma.sql`TRUE`,
      outcome: (status) => Prisma.sql`c."outcomeStatus" = ${status}::"OutcomeStatus"`,
      topic: (slug) => Prisma.sql`l."topicId" = ${topicId(slug)}`,
    };
  }
  return {
    content: Prisma.raw("c"),
    from: Prisma.sql`"Claim" c`,
    id: Prisma.raw(`c."id"`),
    at: Prisma.raw(order === "made" ? `c."madeAt"` : `c."updatedAt"`),
    visible: Prisma.sql`TRUE`,
    outcome: (status) => Prisma.sql`c."outcomeStatus" = ${status}::"OutcomeStatus"`,
    topic: (slug) => Prisma.sql`EXISTS (SELECT 1 FROM "ClaimTopic" ct
      JOIN "Topic" t ON t."id" = ct."topicId" WHERE ct."claimId" = c."id" AND t."slug" = ${slug})`,
  };
}

/** websearch_to_tsquery: words, "quoted phrases", OR, and -word, accents and stems aside. */
function tsquery(q: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery(${CONFIG}, ${q})`;
}

/**
 * The WHERE clauses of a spec. `walk`: the text is tested on each row of an ordered index
 * walk rather than looked up in the GIN index; written `(…) IS TRUE`, which the GIN index
 * cannot serve, so the planner walks the order's index instead of reading every match to
 * sort them (it cannot know that the caller has counted more than RANK_MAX matches, so
 * that a page is found within a few thousand rows). `match: false` leaves out the text (or
 * names) condition, for a query that states it otherwise.
 */
function conditions(spec: SearchSpec, walk = false, match = true): Prisma.Sql[] {
  const { filters, actorIds } = spec;
  const read = reading(spec);
  const t = read.content;
  const where: Prisma.Sql[] = [read.visible];
  if (!match) {
    // the caller states the match itself
  } else if (actorIds.length > 0) {
    where.push(Prisma.sql`${t}."claimantId" = ANY (${actorIds}::uuid[])`);
  } else if (filters.q) {
    const text = Prisma.sql`${t}."search" @@ ${tsquery(filters.q)}`;
    where.push(walk ? Prisma.sql`(${text}) IS TRUE` : text);
  }
  if (filters.kind) where.push(Prisma.sql`${t}."kind" = ${filters.kind}::"ClaimKind"`);
  if (filters.actor) where.push(Prisma.sql`${t}."claimantId" = ${filters.actor}::uuid`);
  if (filters.topic) where.push(read.topic(filters.topic));
  if (filters.from) where.push(Prisma.sql`${t}."madeAt" >= ${isoDate(filters.from)}::date`);
  if (filters.to) where.push(Prisma.sql`${t}."madeAt" <= ${isoDate(filters.to)}::date`);
  if (filters.outcome) where.push(read.outcome(filters.outcome));
  if (spec.scope === "internal" && spec.member) where.push(...memberWhere(t, spec.member));
  return where;
}

/** The members' filters on the working copy `c` (the claim row). */
function memberWhere(c: Prisma.Sql, m: MemberConditions): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (m.statuses) {
    where.push(Prisma.sql`${c}."editorialStatus" = ANY (${[...m.statuses]}::"EditorialStatus"[])`);
  }
  if (m.authorId) where.push(Prisma.sql`${c}."createdById" = ${m.authorId}::uuid`);
  if (m.overdueBefore) {
    // As the dashboard's list (lib/dashboard/list-claims-past-resolve-by.ts): still awaited.
    where.push(Prisma.sql`${c}."resolveBy" < ${isoDate(m.overdueBefore)}::date
      AND ${c}."outcomeStatus" = ANY (${[...AWAITED_OUTCOMES]}::"OutcomeStatus"[])`);
  }
  return where;
}

function rankOf(spec: SearchSpec): Prisma.Sql | null {
  const q = spec.filters.q;
  return q && spec.relevance && spec.actorIds.length === 0
    ? Prisma.sql`ts_rank(${reading(spec).content}."search", ${tsquery(q)})`
    : null;
}

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
