import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  brierSkillScore,
  calibrationBins,
  murphyDecomposition,
  type BinSums,
  type CalibrationBin,
  type MurphyDecomposition,
} from "@/lib/forecasts/scoring";
import { periodStart, type ScoringFilters } from "@/lib/analytics/filters";
import { scoredForecastsSql } from "@/lib/analytics/scored-forecasts-sql";

/** The scores of one analyst or of the whole team, over the claims the filters select. */
export interface ForecasterFigures {
  /** Claims scored: each analyst's latest on-time forecast counts once per claim. */
  count: number;
  /** Mean Brier score, 0–1 scale, (p − o)². */
  meanBrier: number | null;
  /** Mean over claims of the time-weighted Brier score (each forecast weighted by how long it stood). */
  timeWeightedBrier: number | null;
  /** Share of the scored claims that held (ō). */
  baseRate: number | null;
  /** Brier skill score against the base rate; null when every claim went one way. */
  skill: number | null;
  /** Mean of (own Brier − team median Brier) per claim; negative is better. Null for the team. */
  relativeBrier: number | null;
  decomposition: MurphyDecomposition | null;
  calibration: CalibrationBin[];
}

export interface ForecastersReport {
  team: ForecasterFigures;
  analysts: ({ id: string; name: string } & ForecasterFigures)[];
}

interface Row {
  author_id: string | null;
  bin: number | null;
  team_row: number;
  total_row: number;
  n: number;
  sum_p: number;
  held: number;
  mean_brier: number;
  mean_tw: number | null;
  relative: number | null;
}

/**
 * Team and per-analyst figures in one SQL aggregation (GROUPING SETS: per analyst and bin,
 * per analyst, per bin, all); only the formulas on those sums run here (lib/forecasts/scoring).
 * `withAnalysts: false` leaves the individuals out (the public track record).
 */
export async function getForecastersReport(
  filters: ScoringFilters,
  options: { withAnalysts: boolean; now?: Date },
): Promise<ForecastersReport> {
  const scored = scoredForecastsSql(
    { topic: filters.topic, kind: filters.kind },
    periodStart(filters.period, options.now ?? new Date()),
  );
  const confidence =
    filters.confidence === undefined
      ? Prisma.sql`TRUE`
      : filters.confidence === "NONE"
        ? Prisma.sql`confidence IS NULL`
        : Prisma.sql`confidence = ${filters.confidence}::"AnalyticConfidence"`;
  const [who, sets] = options.withAnalysts
    ? [
        Prisma.sql`author_id, GROUPING(author_id) AS team_row`,
        Prisma.sql`GROUPING SETS ((author_id, bin), (author_id), (bin), ())`,
      ]
    : [Prisma.sql`NULL::uuid AS author_id, 1 AS team_row`, Prisma.sql`GROUPING SETS ((bin), ())`];
  const rows = await db.$queryRaw<Row[]>`
    WITH ${scored}
    SELECT ${who}, bin, GROUPING(bin) AS total_row,
           COUNT(*)::int AS n, SUM(p)::float8 AS sum_p, SUM(o)::int AS held,
           AVG(brier)::float8 AS mean_brier, AVG(tw_brier)::float8 AS mean_tw,
           AVG(brier - claim_median)::float8 AS relative
    FROM scored WHERE ${confidence}
    GROUP BY ${sets}`;

  const team = figuresFrom(
    rows.filter((r) => r.team_row === 1),
    false,
  );
  const byAuthor = new Map<string, Row[]>();
  for (const row of rows) {
    if (row.team_row === 1 || row.author_id === null) continue;
    byAuthor.set(row.author_id, [...(byAuthor.get(row.author_id) ?? []), row]);
  }
  const users = await db.user.findMany({
    where: { id: { in: [...byAuthor.keys()] } },
    select: { id: true, name: true },
  });
  const analysts = users
    .map((u) => ({ ...u, ...figuresFrom(byAuthor.get(u.id) ?? [], true) }))
    .sort(
      (a, b) => a.name.localeCompare(b.name, "en", { numeric: true }) || a.id.localeCompare(b.id),
    );
  return { team, analysts };
}

function figuresFrom(rows: Row[], relative: boolean): ForecasterFigures {
  const total = rows.find((r) => r.total_row === 1);
  const bins: BinSums[] = rows
    .filter((r) => r.total_row === 0 && r.bin !== null)
    .map((r) => ({ bin: r.bin ?? 0, n: r.n, sumP: r.sum_p, held: r.held }))
    .sort((a, b) => a.bin - b.bin);
  if (!total || total.n === 0) {
    return {
      count: 0,
      meanBrier: null,
      timeWeightedBrier: null,
      baseRate: null,
      skill: null,
      relativeBrier: null,
      decomposition: null,
      calibration: [],
    };
  }
  const baseRate = total.held / total.n;
  return {
    count: total.n,
    meanBrier: total.mean_brier,
    timeWeightedBrier: total.mean_tw,
    baseRate,
    skill: brierSkillScore(total.mean_brier, baseRate),
    relativeBrier: relative ? total.relative : null,
    decomposition: murphyDecomposition(bins, total.mean_brier),
    calibration: calibrationBins(bins),
  };
}
