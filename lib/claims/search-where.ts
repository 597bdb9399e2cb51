import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimScope } from "@/lib/claims/visibility";
import type { ClaimFilters } from "@/lib/claims/filters";
import { isoDate } from "@/lib/forms/fields";
import type { MemberConditions } from "@/lib/claims/member-filters";
import { AWAITED_OUTCOMES, RESOLVED_OUTCOMES } from "@/lib/outcomes/resolved";

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
export function reading(spec: Pick<SearchSpec, "scope" | "order" | "filters" | "member">): Reading {
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
export function tsquery(q: string): Prisma.Sql {
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
export function conditions(spec: SearchSpec, walk = false, match = true): Prisma.Sql[] {
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
  if (m.openForecastBy) {
    // As the dashboard's "My open forecasts" (lib/dashboard/list-my-open-forecasts.ts).
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Forecast" f
        WHERE f."claimId" = ${c}."id" AND f."authorId" = ${m.openForecastBy}::uuid)
      AND ${c}."outcomeStatus"::text <> ALL (${[...RESOLVED_OUTCOMES]}::text[])
      AND ${c}."editorialStatus" <> 'RETRACTED'`);
  }
  return where;
}

export function rankOf(spec: SearchSpec): Prisma.Sql | null {
  const q = spec.filters.q;
  return q && spec.relevance && spec.actorIds.length === 0
    ? Prisma.sql`ts_rank(${reading(spec).content}."search", ${tsquery(q)})`
    : null;
}
