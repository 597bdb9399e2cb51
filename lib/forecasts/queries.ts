import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { AnalyticConfidence, OutcomeStatus } from "@/lib/generated/prisma/enums";
import { visibleClaimsWhere, type ClaimScope } from "@/lib/claims/visibility";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { isResolved } from "@/lib/outcomes/resolved";
import { estimativeWord } from "@/lib/scales";
import { scoreForecasts, scoredOutcome } from "@/lib/forecasts/brier";
import { isMadeAfterTheFact } from "@/lib/forecasts/after-the-fact";
import { findResolvedOn } from "@/lib/outcomes/current-outcome";

export interface ForecastEntry {
  id: string;
  probability: number;
  word: string;
  rationale: string | null;
  /** ICD 203 analytic confidence, when the analyst gave one. */
  confidence: AnalyticConfidence | null;
  createdAt: string;
  /** (p − o)² once the claim resolved HELD or NOT_HELD; null otherwise and when made after the fact. */
  brier: number | null;
  /** Made after the resolve-by date or the settling outcome (lib/forecasts/after-the-fact.ts). */
  madeAfterTheFact: boolean;
}

export interface AnalystForecasts {
  author: { id: string; name: string };
  current: ForecastEntry;
  /** Every forecast the analyst made on the claim, newest first (the first is `current`). */
  history: ForecastEntry[];
}

export interface ClaimForecasts {
  /** The outcome the forecasts are judged against: the public one for the public. */
  outcomeStatus: OutcomeStatus;
  /** Whether the claim still takes forecasts. */
  open: boolean;
  /** False for the public until the claim resolved HELD or NOT_HELD: then nothing is listed. */
  visible: boolean;
  analysts: AnalystForecasts[];
  /** Mean Brier score over every listed forecast that is scored (none made after the fact). */
  meanBrier: number | null;
  scoredCount: number;
  /** Listed forecasts made after the fact: shown, never scored. */
  afterTheFactCount: number;
}

/**
 * A claim's forecasts, grouped by analyst. Members see them all, always; the public sees
 * them only once the claim's public outcome is HELD or NOT_HELD, each with its Brier score,
 * except forecasts made after the fact, which are listed, marked and not scored.
 * Call with a scope from `resolveClaimScope` for a claim the caller may see.
 */
export async function listForecastsForClaim(
  claimId: string,
  scope: ClaimScope,
): Promise<ClaimForecasts> {
  return scope === "public" ? readPublicForecasts(claimId) : readForecasts(claimId, scope);
}

const readPublicForecasts = cachedPublicQuery("forecasts.forClaim", (claimId: string) =>
  readForecasts(claimId, "public"),
);

async function readForecasts(claimId: string, scope: ClaimScope): Promise<ClaimForecasts> {
  const claim = await db.claim.findFirst({
    where: { AND: [{ id: claimId }, visibleClaimsWhere(scope)] },
    select: {
      outcomeStatus: true,
      publicOutcomeStatus: true,
      resolveBy: true,
      publishedRevision: { select: { resolveBy: true } },
    },
  });
  if (!claim) throw notFound("Claim");
  const outcomeStatus = scope === "public" ? claim.publicOutcomeStatus : claim.outcomeStatus;
  const visible = scope === "internal" || scoredOutcome(outcomeStatus) !== null;
  // The public reading says nothing about the working (unapproved) outcome.
  const open = !isResolved(outcomeStatus);
  if (!visible) {
    const nothing = { analysts: [], meanBrier: null, scoredCount: 0, afterTheFactCount: 0 };
    return { outcomeStatus, open, visible, ...nothing };
  }

  const [rows, resolvedOn] = await Promise.all([
    db.forecast.findMany({
      where: { claimId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author: { select: { id: true, name: true } } },
    }),
    findResolvedOn(db, claimId, scope),
  ]);
  // The resolve-by date as the reader sees it: the published revision's for the public.
  const resolveBy =
    scope === "public" ? (claim.publishedRevision?.resolveBy ?? null) : claim.resolveBy;
  const judged = rows.map((row) => ({
    ...row,
    afterTheFact: isMadeAfterTheFact(row.createdAt, { resolveBy, resolvedOn }),
  }));
  const scored = scoreForecasts(judged, outcomeStatus);
  const byAuthor = new Map<string, AnalystForecasts>();
  for (const row of scored.items) {
    const entry: ForecastEntry = {
      id: row.id,
      probability: row.probability,
      word: estimativeWord(row.probability),
      rationale: row.rationale,
      confidence: row.confidence,
      createdAt: row.createdAt.toISOString(),
      brier: row.brier,
      madeAfterTheFact: row.afterTheFact,
    };
    const group = byAuthor.get(row.author.id);
    if (group) {
      group.history.unshift(entry);
      group.current = entry;
    } else {
      byAuthor.set(row.author.id, { author: row.author, current: entry, history: [entry] });
    }
  }
  return {
    outcomeStatus,
    open,
    visible,
    analysts: [...byAuthor.values()].sort((a, b) => a.author.name.localeCompare(b.author.name)),
    meanBrier: scored.mean,
    scoredCount: scored.count,
    afterTheFactCount: judged.filter((f) => f.afterTheFact).length,
  };
}
