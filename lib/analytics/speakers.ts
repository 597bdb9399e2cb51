import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { heldRecord, type HeldRecord } from "@/lib/analytics/verdict";
import {
  claimFilterSql,
  scoredForecastsSql,
  type ClaimFilter,
} from "@/lib/analytics/scored-forecasts-sql";

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
 * interval of the share held, and the team's forecasts on the same claims. Sorted by the
 * number resolved; `limit` caps the actors returned (null for all).
 */
export async function getSpeakersReport(
  filter: Omit<ClaimFilter, "kind" | "kinds">,
  options: { limit: number | null } = { limit: null },
): Promise<SpeakerRow[]> {
  const claims: ClaimFilter = { ...filter, kinds: SPEAKER_KINDS };
  const limit = options.limit === null ? Prisma.empty : Prisma.sql`LIMIT ${options.limit}`;
  const rows = await db.$queryRaw<Row[]>`
    WITH ${scoredForecastsSql(claims, null)},
    per_claim AS (
      SELECT claim_id, AVG(brier) AS team_brier, MAX(o) AS o FROM scored GROUP BY claim_id),
    compared AS (
      SELECT r.claimant_id, COUNT(*)::int AS compared, AVG(pc.team_brier)::float8 AS team_brier,
             AVG((1 - pc.o) ^ 2)::float8 AS believing_brier
      FROM per_claim pc JOIN resolved r ON r.id = pc.claim_id GROUP BY r.claimant_id),
    record AS (
      SELECT c.claimant_id,
             COUNT(*) FILTER (WHERE c.outcome = 'HELD')::int AS held,
             COUNT(*) FILTER (WHERE c.outcome = 'PARTIALLY_HELD')::int AS partly,
             COUNT(*) FILTER (WHERE c.outcome = 'NOT_HELD')::int AS not_held
      FROM published_claims c
      WHERE c.outcome IN ('HELD', 'PARTIALLY_HELD', 'NOT_HELD') AND c.kind IN ('PROMISE', 'PREDICTION')
        AND ${claimFilterSql(claims)}
      GROUP BY c.claimant_id)
    SELECT rec.claimant_id AS actor_id, a.name, rec.held, rec.partly, rec.not_held,
           cmp.compared, cmp.team_brier, cmp.believing_brier
    FROM record rec JOIN "Actor" a ON a.id = rec.claimant_id
    LEFT JOIN compared cmp ON cmp.claimant_id = rec.claimant_id
    ORDER BY rec.held + rec.partly + rec.not_held DESC, a.name, a.id ${limit}`;
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
