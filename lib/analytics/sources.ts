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
import {
  claimFilterSql,
  PUBLISHED_CLAIMS,
  type ClaimFilter,
} from "@/lib/analytics/scored-forecasts-sql";

export interface GradeRow extends HeldRecord {
  grade: string;
  label: string;
  verdict: Verdict | null;
}

export interface OutletRow extends HeldRecord {
  outlet: string;
  /** The reliability grade most of the outlet's sources carry. */
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
 * them (approved citations) that resolved, counted once per claim and group, and the share
 * that held, with the verdict where it falls outside the grade's expected range.
 */
export async function getSourcesReport(filter: ClaimFilter): Promise<SourcesReport> {
  const rows = await db.$queryRaw<Row[]>`
    WITH ${PUBLISHED_CLAIMS},
    cited AS (
      SELECT c.id AS claim_id, c.outcome, s.reliability::text AS reliability,
             ci.credibility::text AS credibility, NULLIF(btrim(s.outlet), '') AS outlet
      FROM published_claims c
      JOIN "Citation" ci ON ci."claimId" = c.id AND ci."publishedAt" IS NOT NULL
      JOIN "Source" s ON s.id = ci."sourceId"
      WHERE c.outcome IN ('HELD', 'PARTIALLY_HELD', 'NOT_HELD') AND ${claimFilterSql(filter)})
    SELECT 'reliability' AS dimension, reliability AS key, NULL AS grade,
           COUNT(DISTINCT claim_id) FILTER (WHERE outcome = 'HELD')::int AS held,
           COUNT(DISTINCT claim_id) FILTER (WHERE outcome = 'PARTIALLY_HELD')::int AS partly,
           COUNT(DISTINCT claim_id) FILTER (WHERE outcome = 'NOT_HELD')::int AS not_held
    FROM cited GROUP BY reliability
    UNION ALL
    SELECT 'credibility', credibility, NULL,
           COUNT(DISTINCT claim_id) FILTER (WHERE outcome = 'HELD')::int,
           COUNT(DISTINCT claim_id) FILTER (WHERE outcome = 'PARTIALLY_HELD')::int,
           COUNT(DISTINCT claim_id) FILTER (WHERE outcome = 'NOT_HELD')::int
    FROM cited GROUP BY credibility
    UNION ALL
    SELECT 'outlet', outlet, mode() WITHIN GROUP (ORDER BY reliability),
           COUNT(DISTINCT claim_id) FILTER (WHERE outcome = 'HELD')::int,
           COUNT(DISTINCT claim_id) FILTER (WHERE outcome = 'PARTIALLY_HELD')::int,
           COUNT(DISTINCT claim_id) FILTER (WHERE outcome = 'NOT_HELD')::int
    FROM cited WHERE outlet IS NOT NULL GROUP BY outlet
    HAVING COUNT(DISTINCT claim_id) >= ${OUTLET_MIN_RESOLVED}`;

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
