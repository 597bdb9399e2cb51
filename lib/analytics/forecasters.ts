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
import { hasTopic, rollupTopic } from "@/lib/analytics/scored-forecasts-sql";

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
  /** The analyst's name (null on team rows). */
  name: string | null;
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
 * The sums per analyst and 10 % bin (CTE `per_bin`) over the scored forecasts the filters
 * select. All time, they come from the rollup "ForecastRollup" (a few thousand rows per topic,
 * exact integer and numeric sums: Brier × 10,000, relative Brier × 20,000); over a period of
 * resolution, from "ScoredForecast" rows through its index on the date resolved, as the
 * rollup has no time dimension (a month one would hold about as many cells as rows).
 */
function perBinSql(filters: ScoringFilters, since: Date | null): Prisma.Sql {
  const confidence = (column: Prisma.Sql) =>
    filters.confidence === "NONE"
      ? [Prisma.sql`${column} IS NULL`]
      : filters.confidence
        ? [Prisma.sql`${column} = ${filters.confidence}::"AnalyticConfidence"`]
        : [];
  if (!since) {
    const where = [
      Prisma.sql`r."topicId" = ${rollupTopic(filters.topic)}`,
      ...(filters.kind ? [Prisma.sql`r.kind = ${filters.kind}::"ClaimKind"`] : []),
      ...confidence(Prisma.sql`r.confidence`),
    ];
    return Prisma.sql`per_bin AS (
      SELECT r."authorId" AS author_id, r.bin, SUM(r.n) AS n, SUM(r."probabilitySum") AS sum_pct,
             SUM(r.held) AS held, SUM(r."brierSum") / 10000.0 AS sum_brier,
             SUM(r."timeWeightedSum") AS sum_tw, SUM(r."timeWeightedCount") AS n_tw,
             SUM(r."relativeSum") / 20000.0 AS sum_relative
      FROM "ForecastRollup" r
      WHERE ${Prisma.join(where, " AND ")}
      GROUP BY 1, 2 HAVING SUM(r.n) <> 0)`;
  }
  const where = [
    Prisma.sql`s."resolvedOn" >= ${since}::date`,
    ...(filters.kind ? [Prisma.sql`s.kind = ${filters.kind}::"ClaimKind"`] : []),
    ...(filters.topic ? [hasTopic("s", filters.topic)] : []),
    ...confidence(Prisma.sql`s.confidence`),
  ];
  return Prisma.sql`per_bin AS (
    SELECT s."authorId" AS author_id, s.bin, COUNT(*) AS n, SUM(s.probability) AS sum_pct,
           SUM(s.outcome) AS held, SUM(s.brier) AS sum_brier,
           SUM(s."timeWeightedBrier") AS sum_tw, COUNT(s."timeWeightedBrier") AS n_tw,
           SUM(s."relativeBrier") AS sum_relative
    FROM "ScoredForecast" s
    WHERE ${Prisma.join(where, " AND ")}
    GROUP BY 1, 2)`;
}

/**
 * Team and per-analyst figures: sums per analyst and bin (`perBinSql`), then GROUPING SETS
 * over those few hundred rows for per analyst, per bin and all; only the formulas on those
 * sums run here (lib/forecasts/scoring). `withAnalysts: false` leaves the individuals out
 * (the public track record).
 */
export async function getForecastersReport(
  filters: ScoringFilters,
  options: { withAnalysts: boolean; now?: Date },
): Promise<ForecastersReport> {
  const since = periodStart(filters.period, options.now ?? new Date());
  const [who, sets] = options.withAnalysts
    ? [
        Prisma.sql`author_id, GROUPING(author_id) AS team_row`,
        Prisma.sql`GROUPING SETS ((author_id, bin), (author_id), (bin), ())`,
      ]
    : [Prisma.sql`NULL::uuid AS author_id, 1 AS team_row`, Prisma.sql`GROUPING SETS ((bin), ())`];
  // The analysts' names are joined here, not read by a second round trip.
  const rows = await db.$queryRaw<Row[]>`
    WITH ${perBinSql(filters, since)},
    sums AS (
      SELECT ${who}, bin, GROUPING(bin) AS total_row,
             COALESCE(SUM(n), 0)::int AS n, (SUM(sum_pct) / 100.0)::float8 AS sum_p,
             COALESCE(SUM(held), 0)::int AS held,
             (SUM(sum_brier) / SUM(n))::float8 AS mean_brier,
             (SUM(sum_tw) / NULLIF(SUM(n_tw), 0))::float8 AS mean_tw,
             (SUM(sum_relative) / SUM(n))::float8 AS relative
      FROM per_bin
      GROUP BY ${sets})
    SELECT sums.*, u.name FROM sums LEFT JOIN "User" u ON u.id = sums.author_id`;

  const team = figuresFrom(
    rows.filter((r) => r.team_row === 1),
    false,
  );
  const byAuthor = new Map<string, { name: string; rows: Row[] }>();
  for (const row of rows) {
    if (row.team_row === 1 || row.author_id === null || row.name === null) continue;
    const entry = byAuthor.get(row.author_id) ?? { name: row.name, rows: [] };
    entry.rows.push(row);
    byAuthor.set(row.author_id, entry);
  }
  const analysts = [...byAuthor]
    .map(([id, entry]) => ({ id, name: entry.name, ...figuresFrom(entry.rows, true) }))
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
