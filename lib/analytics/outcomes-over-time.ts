import "server-only";
import { db } from "@/lib/db";
import type { OutcomeStatus } from "@/lib/generated/prisma/enums";
import type { OutcomeFilters } from "@/lib/analytics/filters";
import { claimFilterSql, claimRollupSql } from "@/lib/analytics/scored-forecasts-sql";

/** Outcome statuses in the order the chart stacks them, awaited ones first. */
export const OUTCOME_ORDER = [
  "PENDING",
  "IN_PROGRESS",
  "STALLED",
  "HELD",
  "PARTIALLY_HELD",
  "NOT_HELD",
  "UNRESOLVABLE",
] as const satisfies readonly OutcomeStatus[];

export interface MonthRow {
  /** "2026-03": the month the claims were made. */
  month: string;
  counts: Record<OutcomeStatus, number>;
  total: number;
}

interface Row {
  month: string;
  outcome: OutcomeStatus;
  n: number;
}

/**
 * Published claims by the month they were made and their current (approved) outcome, so
 * resolved and pending claims stand side by side. Filters: topic, kind, claimant, and the
 * date made (from/to). Topic and kind alone read "ClaimRollup" (facet month); a claimant or
 * a date range reads "AnalyticsClaim" through its index on either.
 */
export async function getOutcomesOverTime(filters: OutcomeFilters): Promise<MonthRow[]> {
  const rows =
    filters.claimant || filters.from || filters.to
      ? await db.$queryRaw<Row[]>`
          SELECT to_char(month, 'YYYY-MM') AS month, outcome::text AS outcome, n::int AS n FROM (
            SELECT date_trunc('month', a."madeAt") AS month, a.outcome, COUNT(*) AS n
            FROM "AnalyticsClaim" a
            WHERE ${claimFilterSql({
              topic: filters.topic,
              kind: filters.kind,
              claimant: filters.claimant,
              madeFrom: filters.from,
              madeTo: filters.to,
            })}
            GROUP BY 1, 2) months
          ORDER BY 1`
      : await db.$queryRaw<Row[]>`
          SELECT a.key AS month, a.outcome::text AS outcome, SUM(a.n)::int AS n
          FROM "ClaimRollup" a
          WHERE ${claimRollupSql(["month"], filters)}
          GROUP BY 1, 2 HAVING SUM(a.n) > 0
          ORDER BY 1`;
  const months = new Map<string, MonthRow>();
  for (const row of rows) {
    const entry = months.get(row.month) ?? {
      month: row.month,
      counts: Object.fromEntries(OUTCOME_ORDER.map((o) => [o, 0])) as Record<OutcomeStatus, number>,
      total: 0,
    };
    entry.counts[row.outcome] = row.n;
    entry.total += row.n;
    months.set(row.month, entry);
  }
  return [...months.values()];
}
