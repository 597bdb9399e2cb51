import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimKind } from "@/lib/generated/prisma/enums";

// The SQL pieces every analytics figure is read with. The figures come from two tables the
// database keeps current in the same transaction as every write that changes them
// (migration 20261201024342_analytics_scores): "AnalyticsClaim", one row per published,
// non-retracted claim as its approved revision and approved outcome state it, and
// "ScoredForecast", one pre-scored row per analyst and claim that counts. So a request sums
// narrow rows instead of re-deriving every scored forecast, and the members' and the public
// figures cover the same approved data.

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

/** Claims (ids) whose approved revision carries the topic with this slug. */
export function claimsWithTopic(slug: string): Prisma.Sql {
  return Prisma.sql`(SELECT tc."claimId" FROM "AnalyticsClaim" tc
    JOIN "RevisionTopic" rt ON rt."revisionId" = tc."revisionId"
    JOIN "Topic" t ON t.id = rt."topicId" WHERE t.slug = ${slug})`;
}

/** The filter as a condition on "AnalyticsClaim" rows, alias `a`. */
export function claimFilterSql(filter: ClaimFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.kind) parts.push(Prisma.sql`a.kind = ${filter.kind}::"ClaimKind"`);
  if (filter.kinds) {
    const kinds = filter.kinds.map((k) => Prisma.sql`${k}::"ClaimKind"`);
    parts.push(Prisma.sql`a.kind IN (${Prisma.join(kinds)})`);
  }
  if (filter.claimant) parts.push(Prisma.sql`a."claimantId" = ${filter.claimant}::uuid`);
  if (filter.madeFrom) parts.push(Prisma.sql`a."madeAt" >= ${filter.madeFrom}::date`);
  if (filter.madeTo) parts.push(Prisma.sql`a."madeAt" <= ${filter.madeTo}::date`);
  if (filter.topic) parts.push(Prisma.sql`a."claimId" IN ${claimsWithTopic(filter.topic)}`);
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND ");
}
