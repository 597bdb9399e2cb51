import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimScope } from "@/lib/claims/visibility";
import type { ClaimFilters } from "@/lib/public/claim-filters";
import { isoDate } from "@/lib/forms/fields";
import { TOTAL_CAP, type Keyset } from "@/lib/claims/keyset";

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
  /** Actors whose name approximately matches the text: their claims match too. */
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
   * than TOTAL_CAP claims, where a page is found within a few hundred rows.
   */
  walk?: boolean;
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
function reading(spec: Pick<SearchSpec, "scope" | "order" | "filters">): Reading {
  const order = spec.order ?? "newest";
  const { filters } = spec;
  // A topic's list without text is read from its link rows, which carry the sort keys
  // (migration 20261201061500_topic_list_orders): the index on (topicId, key, claimId) then
  // gives the page in order, where testing each claim of the whole table for the topic
  // would not. The content row is joined only when another filter needs it.
  const byTopic = Boolean(filters.topic) && !filters.q;
  const needsContent = Boolean(filters.kind || filters.actor || filters.from || filters.to);
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
 * sort them (it cannot know that the caller has counted more than TOTAL_CAP matches, so
 * that a page is found within a few hundred rows).
 */
function conditions(spec: SearchSpec, walk = false): Prisma.Sql[] {
  const { filters, actorIds } = spec;
  const read = reading(spec);
  const t = read.content;
  const where: Prisma.Sql[] = [read.visible];
  if (filters.q) {
    const text = Prisma.sql`${t}."search" @@ ${tsquery(filters.q)}`;
    const matches =
      actorIds.length > 0
        ? Prisma.sql`(${text} OR ${t}."claimantId" = ANY (${actorIds}::uuid[]))`
        : text;
    where.push(walk ? Prisma.sql`(${matches}) IS TRUE` : matches);
  }
  if (filters.kind) where.push(Prisma.sql`${t}."kind" = ${filters.kind}::"ClaimKind"`);
  if (filters.actor) where.push(Prisma.sql`${t}."claimantId" = ${filters.actor}::uuid`);
  if (filters.topic) where.push(read.topic(filters.topic));
  if (filters.from) where.push(Prisma.sql`${t}."madeAt" >= ${isoDate(filters.from)}::date`);
  if (filters.to) where.push(Prisma.sql`${t}."madeAt" <= ${isoDate(filters.to)}::date`);
  if (filters.outcome) where.push(read.outcome(filters.outcome));
  return where;
}

function rankOf(spec: SearchSpec): Prisma.Sql | null {
  const q = spec.filters.q;
  return q && spec.relevance
    ? Prisma.sql`ts_rank(${reading(spec).content}."search", ${tsquery(q)})`
    : null;
}

/**
 * The SQL of one page of matching claim ids with their sort keys: by relevance (ts_rank)
 * then newest when there is text, newest first otherwise; ties broken by id. `after` is the
 * key of the previous page's last row. Exported for the EXPLAIN test.
 */
export function keysQuery(spec: SearchSpec, after: Keyset | null, limit: number): Prisma.Sql {
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
  return Prisma.sql`
    SELECT ${read.id} AS id, ${read.at}::text AS at, ${rank ?? Prisma.sql`NULL`}::text AS rank
    FROM ${read.from}
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${rank ? Prisma.sql`${rank} DESC,` : Prisma.empty} ${read.at} DESC, ${read.id} DESC
    LIMIT ${limit}`;
}

/**
 * The SQL of the first page of a text search: the number of matches `n` (up to
 * TOTAL_CAP + 1), and when that is at most TOTAL_CAP, the best `limit` by relevance, in one
 * statement (one row with null keys when nothing is ranked). Past the cap the ranking is
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
        SELECT 1 FROM ${read.from} WHERE ${where} LIMIT ${TOTAL_CAP + 1}) m) counted
    LEFT JOIN LATERAL (
      SELECT ${read.id} AS id, ${read.at}::text AS at, ${rank}::text AS rank
      FROM ${read.from} WHERE ${where} AND counted.n <= ${TOTAL_CAP}
      ORDER BY ${rank} DESC, ${read.at} DESC, ${read.id} DESC
      LIMIT ${limit}) k ON TRUE`;
}

/** The SQL counting the matches up to TOTAL_CAP + 1 and no further. */
export function countQuery(spec: SearchSpec): Prisma.Sql {
  const read = reading(spec);
  return Prisma.sql`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM ${read.from} WHERE ${Prisma.join(conditions(spec), " AND ")}
      LIMIT ${TOTAL_CAP + 1}) m`;
}

export async function findMatchingKeys(
  spec: SearchSpec,
  after: Keyset | null,
  limit: number,
): Promise<Keyset[]> {
  return db.$queryRaw<Keyset[]>(keysQuery(spec, after, limit));
}

export async function countMatches(spec: SearchSpec): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>(countQuery(spec));
  return row?.n ?? 0;
}

/** The number of matches (up to TOTAL_CAP + 1) and, within the cap, the first page by relevance. */
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
