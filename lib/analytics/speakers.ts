import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { heldRecord, type HeldRecord } from "@/lib/analytics/verdict";
import { claimRollupSql, type ClaimFilter } from "@/lib/analytics/scored-forecasts-sql";

/** The claim kinds that commit a speaker to something checkable later. */
export const SPEAKER_KINDS = ["PROMISE", "PREDICTION"] as const;

export interface SpeakerRow extends HeldRecord {
  actor: { id: string; name: string };
  /**
   * On the speaker's HELD/NOT_HELD claims that the team forecast: the team's mean Brier
   * score (per claim the mean over analysts, then the mean over claims) next to the score of
   * believing the speaker, i.e. forecasting 100 % that each claim holds, (1 − o)².
   */
  comparison: {
    claims: number;
    teamBrier: number;
    believingBrier: number;
    /** "better" when believing the speaker would have scored lower (better) than the team. */
    believing: "better" | "worse" | "same";
  } | null;
}

interface Row {
  actor_id: string;
  name: string;
  held: number;
  partly: number;
  not_held: number;
  compared: number | null;
  team_brier: number | null;
  believing_brier: number | null;
}

/**
 * Speakers as they performed: per actor with resolved PROMISE or PREDICTION claims (as the
 * approved revision states claimant and kind), held / partly held / not held with the 90 %
 * interval of the share held, and the team's forecasts on the same claims. Filters: topic
 * (slug) or one claimant. Sorted by the number resolved; `limit` caps the actors returned
 * (null for all).
 */
export async function getSpeakersReport(
  filter: Pick<ClaimFilter, "topic" | "claimant">,
  options: { limit: number | null } = { limit: null },
): Promise<SpeakerRow[]> {
  const limit = options.limit === null ? Prisma.empty : Prisma.sql`LIMIT ${options.limit}`;
  const claimant = filter.claimant ? Prisma.sql`AND a.key = ${filter.claimant}` : Prisma.empty;
  // "ClaimRollup" (facet claimant) counts the claims per claimant, kind and outcome, with
  // those the team forecast and the sum of their mean Brier scores over analysts.
  const rows = await db.$queryRaw<Row[]>`
    WITH record AS (
      SELECT a.key::uuid AS claimant_id,
             COALESCE(SUM(a.n) FILTER (WHERE a.outcome = 'HELD'), 0)::int AS held,
             COALESCE(SUM(a.n) FILTER (WHERE a.outcome = 'PARTIALLY_HELD'), 0)::int AS partly,
             COALESCE(SUM(a.n) FILTER (WHERE a.outcome = 'NOT_HELD'), 0)::int AS not_held,
             SUM(a."forecastClaims")::int AS compared,
             (SUM(a."teamBrierSum") / NULLIF(SUM(a."forecastClaims"), 0))::float8 AS team_brier,
             (COALESCE(SUM(a."forecastClaims") FILTER (WHERE a.outcome = 'NOT_HELD'), 0)
               / NULLIF(SUM(a."forecastClaims"), 0)::numeric)::float8 AS believing_brier
      FROM "ClaimRollup" a
      WHERE a.outcome IN ('HELD', 'PARTIALLY_HELD', 'NOT_HELD')
        AND ${claimRollupSql(["claimant"], { topic: filter.topic, kinds: SPEAKER_KINDS })}
        ${claimant}
      GROUP BY a.key HAVING SUM(a.n) > 0)
    SELECT rec.claimant_id AS actor_id, act.name, rec.held, rec.partly, rec.not_held,
           rec.compared, rec.team_brier, rec.believing_brier
    FROM record rec JOIN "Actor" act ON act.id = rec.claimant_id
    ORDER BY rec.held + rec.partly + rec.not_held DESC, act.name, act.id ${limit}`;
  return rows.map((r) => ({
    actor: { id: r.actor_id, name: r.name },
    ...heldRecord(r.held, r.partly, r.not_held),
    comparison:
      r.compared && r.team_brier !== null && r.believing_brier !== null
        ? {
            claims: r.compared,
            teamBrier: r.team_brier,
            believingBrier: r.believing_brier,
            believing:
              Math.abs(r.believing_brier - r.team_brier) < 1e-9
                ? "same"
                : r.believing_brier < r.team_brier
                  ? "better"
                  : "worse",
          }
        : null,
  }));
}
