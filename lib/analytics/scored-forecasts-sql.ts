import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimKind } from "@/lib/generated/prisma/enums";

// The SQL pieces every analytics figure is read with. The figures come from tables the
// database keeps current in the same transaction as every write that changes them:
// "AnalyticsClaim", one row per published, non-retracted claim as its approved revision and
// approved outcome state it, and "ScoredForecast", one pre-scored row per analyst and claim
// that counts (migration 20261201024342_analytics_scores); and their rollups
// "ClaimRollup" and "ForecastRollup" (migration 20261201055337_analytics_rollups), sums per
// topic and a few dimensions, which the unfiltered and topic/kind-filtered figures read so a
// request sums a few thousand rows whatever the number of claims and forecasts. Filters a
// rollup does not carry (a date range, one claimant's outcomes, a period of resolution) read
// the row tables through their indexes.

/**
 * "Made after the fact", the SQL twin of `isMadeAfterTheFact` in lib/forecasts/after-the-fact.ts
 * (which states the rule): the database function `claimwatch_made_after_the_fact` that also
 * decides which forecasts "ScoredForecast" scores. Takes SQL expressions for `createdAt`
 * (timestamp stored in UTC), the resolve-by and the first-settled dates; a missing date gives
 * no reason. test/data/analytics-after-the-fact.test.ts checks the twins agree.
 */
export function madeAfterTheFact(
  createdAt: Prisma.Sql,
  resolveBy: Prisma.Sql,
  resolvedOn: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`"claimwatch_made_after_the_fact"(${createdAt}, ${resolveBy}, ${resolvedOn})`;
}

/** Filters on the approved claim. */
export interface ClaimFilter {
  topic?: string;
  kind?: ClaimKind;
  /** Any of these kinds (the speakers' PROMISE and PREDICTION claims). */
  kinds?: readonly ClaimKind[];
  claimant?: string;
  /** On the date the claim was made. */
  madeFrom?: Date | null;
  madeTo?: Date | null;
}

/** The id of the topic with this slug (NULL when none has it, which matches no row). */
const topicId = (slug: string) => Prisma.sql`(SELECT t.id FROM "Topic" t WHERE t.slug = ${slug})`;

/**
 * The rollup key of a topic filter: the topic's id, or for no filter the key under which
 * every row counts (`claimwatch_all_topics()`).
 */
export function rollupTopic(slug: string | undefined): Prisma.Sql {
  return slug ? topicId(slug) : Prisma.sql`"claimwatch_all_topics"()`;
}

/** Rows (of "AnalyticsClaim" or "ScoredForecast", alias given) whose claim has the topic. */
export function hasTopic(alias: string, slug: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`${alias}."topicIds"`)} @> ARRAY[${topicId(slug)}]`;
}

/** `kind` (column of alias `a`) is the one asked for, or any of several. */
function kindSql(filter: Pick<ClaimFilter, "kind" | "kinds">): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filter.kind) parts.push(Prisma.sql`a.kind = ${filter.kind}::"ClaimKind"`);
  if (filter.kinds) {
    const kinds = filter.kinds.map((k) => Prisma.sql`${k}::"ClaimKind"`);
    parts.push(Prisma.sql`a.kind IN (${Prisma.join(kinds)})`);
  }
  return parts;
}

/** The filter as a condition on "AnalyticsClaim" rows, alias `a`. */
export function claimFilterSql(filter: ClaimFilter): Prisma.Sql {
  const parts = kindSql(filter);
  if (filter.claimant) parts.push(Prisma.sql`a."claimantId" = ${filter.claimant}::uuid`);
  if (filter.madeFrom) parts.push(Prisma.sql`a."madeAt" >= ${filter.madeFrom}::date`);
  if (filter.madeTo) parts.push(Prisma.sql`a."madeAt" <= ${filter.madeTo}::date`);
  if (filter.topic) parts.push(hasTopic("a", filter.topic));
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND ");
}

/** The facets of "ClaimRollup": what its `key` is. */
export type ClaimFacet = "month" | "claimant" | "reliability" | "credibility" | "outlet";

/** The topic and kind filter as a condition on "ClaimRollup" rows (alias `a`) of `facets`. */
export function claimRollupSql(
  facets: readonly ClaimFacet[],
  filter: Pick<ClaimFilter, "topic" | "kind" | "kinds">,
): Prisma.Sql {
  return Prisma.join(
    [
      Prisma.sql`a.facet IN (${Prisma.join(facets)}) AND a."topicId" = ${rollupTopic(filter.topic)}`,
      ...kindSql(filter),
    ],
    " AND ",
  );
}
