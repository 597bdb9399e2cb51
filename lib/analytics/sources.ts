import "server-only";
import { db } from "@/lib/db";
import type { InformationCredibility, SourceReliability } from "@/lib/generated/prisma/enums";
import { CREDIBILITY_GRADES, RELIABILITY_LABELS } from "@/lib/scales";
import {
  EXPECTED_HELD_BY_CREDIBILITY,
  EXPECTED_HELD_BY_RELIABILITY,
  OUTLET_MIN_RESOLVED,
} from "@/lib/analytics/settings";
import { heldRecord, verdictFor, type HeldRecord, type Verdict } from "@/lib/analytics/verdict";
import { claimFilterSql, type ClaimFilter } from "@/lib/analytics/scored-forecasts-sql";

export interface GradeRow extends HeldRecord {
  grade: string;
  label: string;
  verdict: Verdict | null;
}

export interface OutletRow extends HeldRecord {
  outlet: string;
  /** The reliability grade most of the outlet's sources carry (any source, cited or not). */
  grade: SourceReliability;
  verdict: Verdict | null;
}

export interface SourcesReport {
  byReliability: GradeRow[];
  byCredibility: GradeRow[];
  byOutlet: OutletRow[];
}

interface Row {
  dimension: "reliability" | "credibility" | "outlet";
  key: string;
  grade: string | null;
  held: number;
  partly: number;
  not_held: number;
}

const DIGIT_TO_CREDIBILITY = Object.fromEntries(
  Object.entries(CREDIBILITY_GRADES).map(([key, { grade }]) => [String(grade), key]),
) as Record<string, InformationCredibility>;

/**
 * Sources as they performed: for each reliability grade A–F, each credibility grade 1–6 and
 * each outlet with at least OUTLET_MIN_RESOLVED resolved claims, the published claims citing
 * them (approved citations not withdrawn or replaced since) that resolved, counted once per
 * claim and group, and the share that held, with the verdict where it falls outside the
 * grade's expected range.
 */
export async function getSourcesReport(filter: ClaimFilter): Promise<SourcesReport> {
  // Each "AnalyticsClaim" row lists the distinct grades and outlets its citations carry, so
  // unnesting them counts each claim once per group; claims are first counted per list (few
  // distinct lists), then the lists unnested. An outlet's grade is the one most of its
  // sources carry.
  const rows = await db.$queryRaw<Row[]>`
    WITH lists AS (
      SELECT a.reliabilities, a.credibilities, a.outlets, a.outcome,
             GROUPING(a.reliabilities, a.credibilities, a.outlets) AS g, COUNT(*) AS n
      FROM "AnalyticsClaim" a
      WHERE a.outcome IN ('HELD', 'PARTIALLY_HELD', 'NOT_HELD') AND ${claimFilterSql(filter)}
      GROUP BY GROUPING SETS ((a.reliabilities, a.outcome), (a.credibilities, a.outcome),
                             (a.outlets, a.outcome))),
    grouped AS (
      SELECT CASE g WHEN 3 THEN 'reliability' WHEN 5 THEN 'credibility' ELSE 'outlet' END AS dimension,
             key, outcome, n
      FROM lists,
           unnest(CASE g WHEN 3 THEN reliabilities WHEN 5 THEN credibilities ELSE outlets END) key),
    counts AS (
      SELECT dimension, key,
             COALESCE(SUM(n) FILTER (WHERE outcome = 'HELD'), 0)::int AS held,
             COALESCE(SUM(n) FILTER (WHERE outcome = 'PARTIALLY_HELD'), 0)::int AS partly,
             COALESCE(SUM(n) FILTER (WHERE outcome = 'NOT_HELD'), 0)::int AS not_held
      FROM grouped GROUP BY dimension, key
      HAVING dimension <> 'outlet' OR SUM(n) >= ${OUTLET_MIN_RESOLVED}),
    outlet_grades AS (
      SELECT btrim(s.outlet) AS outlet, mode() WITHIN GROUP (ORDER BY s.reliability)::text AS grade
      FROM "Source" s WHERE btrim(s.outlet) <> '' GROUP BY 1)
    SELECT c.*, og.grade
    FROM counts c LEFT JOIN outlet_grades og ON c.dimension = 'outlet' AND og.outlet = c.key`;

  const of = (dimension: Row["dimension"]) => rows.filter((r) => r.dimension === dimension);
  const byReliability = of("reliability")
    .map((r) => {
      const grade = r.key as SourceReliability;
      const record = heldRecord(r.held, r.partly, r.not_held);
      return {
        grade,
        label: RELIABILITY_LABELS[grade],
        ...record,
        verdict: verdictFor(EXPECTED_HELD_BY_RELIABILITY, grade, record),
      };
    })
    .sort((a, b) => a.grade.localeCompare(b.grade));
  const byCredibility = of("credibility")
    .map((r) => {
      const key = DIGIT_TO_CREDIBILITY[r.key] ?? "CANNOT_BE_JUDGED";
      const record = heldRecord(r.held, r.partly, r.not_held);
      const verdict = verdictFor(EXPECTED_HELD_BY_CREDIBILITY, key, record);
      return {
        grade: r.key,
        label: CREDIBILITY_GRADES[key].label,
        ...record,
        verdict: verdict && {
          ...verdict,
          performedLike: verdict.performedLike
            ? String(CREDIBILITY_GRADES[verdict.performedLike as InformationCredibility].grade)
            : null,
        },
      };
    })
    .sort((a, b) => a.grade.localeCompare(b.grade));
  const byOutlet = of("outlet")
    .map((r) => {
      const grade = (r.grade ?? "F") as SourceReliability;
      const record = heldRecord(r.held, r.partly, r.not_held);
      return {
        outlet: r.key,
        grade,
        ...record,
        verdict: verdictFor(EXPECTED_HELD_BY_RELIABILITY, grade, record),
      };
    })
    .sort((a, b) => b.resolved - a.resolved || a.outlet.localeCompare(b.outlet));
  return { byReliability, byCredibility, byOutlet };
}
