// A small known history for the analytics data tests: published claims with approved
// outcomes and forecasts at chosen times, written straight to the database.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type {
  AnalyticConfidence,
  ClaimKind,
  InformationCredibility,
  OutcomeStatus,
  SourceReliability,
} from "@/lib/generated/prisma/enums";

const unique = () => randomUUID().slice(0, 8);

export interface HistoryClaim {
  outcome: OutcomeStatus;
  /** When the resolving entry says it happened (YYYY-MM-DD). */
  occurredAt?: string;
  resolveBy?: string | null;
  kind?: ClaimKind;
  claimantId?: string;
  topicIds?: string[];
  madeAt?: string;
}

/** A published claim whose approved timeline ends in `outcome`. */
export async function makeResolvedClaim(createdById: string, spec: HistoryClaim) {
  const claimantId =
    spec.claimantId ??
    (await db.actor.create({ data: { name: `Speaker ${unique()}`, kind: "PERSON" } })).id;
  const content = {
    statement: `The bridge will open by spring (${unique()}).`,
    isVerbatim: true,
    claimantId,
    madeAt: new Date(`${spec.madeAt ?? "2025-12-15"}T00:00:00Z`),
    kind: spec.kind ?? ("PREDICTION" as const),
    resolveBy:
      spec.resolveBy === null ? null : new Date(`${spec.resolveBy ?? "2026-03-20"}T00:00:00Z`),
  };
  const claim = await db.claim.create({
    data: { ...content, createdById, outcomeStatus: spec.outcome },
  });
  const revision = await db.claimRevision.create({
    data: {
      ...content,
      claimId: claim.id,
      number: 1,
      authorId: createdById,
      topics: { create: (spec.topicIds ?? []).map((topicId) => ({ topicId })) },
    },
  });
  if (spec.outcome !== "PENDING") {
    await db.outcomeUpdate.create({
      data: {
        claimId: claim.id,
        status: spec.outcome,
        occurredAt: new Date(`${spec.occurredAt ?? "2026-03-10"}T00:00:00Z`),
        note: "What happened.",
        createdById,
        publishedAt: new Date(),
      },
    });
  }
  return db.claim.update({
    where: { id: claim.id },
    data: {
      editorialStatus: "PUBLISHED",
      publishedRevisionId: revision.id,
      firstPublishedAt: new Date(),
      publicOutcomeStatus: spec.outcome,
    },
  });
}

/** A forecast made at `at` (ISO timestamp, UTC). */
export async function makeForecast(
  claimId: string,
  authorId: string,
  probability: number,
  at = "2026-03-01T00:00:00Z",
  confidence: AnalyticConfidence | null = null,
) {
  return db.forecast.create({
    data: { claimId, authorId, probability, confidence, createdAt: new Date(at) },
  });
}

/** An approved citation of a new source with these grades. */
export async function cite(
  claimId: string,
  createdById: string,
  grades: { reliability: SourceReliability; credibility: InformationCredibility; outlet?: string },
) {
  const source = await db.source.create({
    data: {
      url: `https://news.example.test/${unique()}`,
      title: "An article",
      kind: "NEWS_ARTICLE",
      outlet: grades.outlet ?? null,
      reliability: grades.reliability,
      createdById,
    },
  });
  await db.citation.create({
    data: {
      claimId,
      sourceId: source.id,
      exact: "the quoted words",
      foundInCapture: false,
      credibility: grades.credibility,
      createdById,
      publishedAt: new Date(),
    },
  });
}
