import "server-only";
import { db } from "@/lib/db";
import type { OutcomeStatus } from "@/lib/generated/prisma/enums";
import type { OutcomeFilters } from "@/lib/analytics/filters";
import { claimFilterSql, PUBLISHED_CLAIMS } from "@/lib/analytics/scored-forecasts-sql";

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
 * date made (from/to).
 */
export async function getOutcomesOverTime(filters: OutcomeFilters): Promise<MonthRow[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH ${PUBLISHED_CLAIMS}
    SELECT to_char(c.made_at, 'YYYY-MM') AS month, c.outcome::text AS outcome, COUNT(*)::int AS n
    FROM published_claims c
    WHERE ${claimFilterSql({
      topic: filters.topic,
      kind: filters.kind,
      claimant: filters.claimant,
      madeFrom: filters.from,
      madeTo: filters.to,
    })}
    GROUP BY 1, 2 ORDER BY 1`;
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
