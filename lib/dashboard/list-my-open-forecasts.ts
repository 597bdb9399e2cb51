import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { resolveClaimScope, visibleClaimsWhere } from "@/lib/claims/visibility";
import { forbidden } from "@/lib/errors";
import { isoDate } from "@/lib/forms/fields";
import { RESOLVED_OUTCOMES } from "@/lib/outcomes/resolved";
import { estimativeWord } from "@/lib/scales";

/**
 * The user's current forecast (their latest) on every claim that has not resolved yet,
 * most recently updated first.
 */
export async function listMyOpenForecasts(user: SessionUser) {
  const scope = resolveClaimScope(user, "internal");
  if (scope !== "internal") throw forbidden();
  const rows = await db.forecast.findMany({
    where: {
      authorId: user.id,
      claim: {
        AND: [
          visibleClaimsWhere(scope),
          { outcomeStatus: { notIn: [...RESOLVED_OUTCOMES] } },
          { editorialStatus: { not: "RETRACTED" } },
        ],
      },
    },
    // DISTINCT ON claimId keeps the first row per claim in this order: the latest.
    distinct: ["claimId"],
    orderBy: [{ claimId: "asc" }, { createdAt: "desc" }, { id: "desc" }],
    include: {
      claim: {
        select: {
          id: true,
          statement: true,
          isVerbatim: true,
          kind: true,
          resolveBy: true,
          outcomeStatus: true,
        },
      },
    },
  });
  return rows
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((f) => ({
      id: f.id,
      probability: f.probability,
      word: estimativeWord(f.probability),
      createdAt: f.createdAt.toISOString(),
      claim: { ...f.claim, resolveBy: isoDate(f.claim.resolveBy) },
    }));
}

export type OpenForecastView = Awaited<ReturnType<typeof listMyOpenForecasts>>[number];
