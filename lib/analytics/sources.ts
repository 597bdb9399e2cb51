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
import { claimRollupSql, type ClaimFilter } from "@/lib/analytics/scored-forecasts-sql";

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
 * grade's expected range. Filters: topic (slug) and kind of the claims.
 */
export async function getSourcesReport(
  filter: Pick<ClaimFilter, "topic" | "kind">,
): Promise<SourcesReport> {
  // "ClaimRollup" counts each claim once under each distinct grade and outlet its citations
  // carry (facets reliability, credibility, outlet). An outlet's grade is the one most of
  // its sources carry.
  const rows = await db.$queryRaw<Row[]>`
    WITH counts AS (
      SELECT a.facet AS dimension, a.key,
             COALESCE(SUM(a.n) FILTER (WHERE a.outcome = 'HELD'), 0)::int AS held,
             COALESCE(SUM(a.n) FILTER (WHERE a.outcome = 'PARTIALLY_HELD'), 0)::int AS partly,
             COALESCE(SUM(a.n) FILTER (WHERE a.outcome = 'NOT_HELD'), 0)::int AS not_held
      FROM "ClaimRollup" a
      WHERE a.outcome IN ('HELD', 'PARTIALLY_HELD', 'NOT_HELD')
        AND ${claimRollupSql(["reliability", "credibility", "outlet"], filter)}
      GROUP BY a.facet, a.key
      HAVING SUM(a.n) > 0 AND (a.facet <> 'outlet' OR SUM(a.n) >= ${OUTLET_MIN_RESOLVED})),
    outlet_grades AS (
      SELECT btrim(s.outlet) AS outlet, mode() WITHIN GROUP (ORDER BY s.reliability)::text AS grade
      FROM "Source" s
      WHERE btrim(s.outlet) IN (SELECT key FROM counts WHERE dimension = 'outlet')
      GROUP BY 1)
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
