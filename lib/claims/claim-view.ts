import type {
  ActorKind,
  ClaimKind,
  EditorialStatus,
  OutcomeStatus,
} from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/forms/fields";

/** A claim as pages and the API show it: the public or the internal reading of one record. */
export interface ClaimView {
  id: string;
  statement: string;
  isVerbatim: boolean;
  claimant: { id: string; name: string; kind: ActorKind; affiliation: string | null };
  claimantRole: string | null;
  madeAt: string;
  kind: ClaimKind;
  topics: { id: string; name: string; slug: string }[];
  resolutionCriteria: string | null;
  resolveBy: string | null;
  editorialStatus: EditorialStatus;
  outcomeStatus: OutcomeStatus;
  /** The revision shown: the published one for the public, the latest for members. */
  revision: number;
  /** Optimistic-concurrency token; only in the internal reading. */
  version?: number;
  firstPublishedAt: string | null;
  retractedAt: string | null;
  correctionNote: string | null;
  updatedAt: string;
}

interface ContentRow {
  statement: string;
  isVerbatim: boolean;
  claimantRole: string | null;
  madeAt: Date;
  kind: ClaimKind;
  resolutionCriteria: string | null;
  resolveBy: Date | null;
  claimant: { id: string; name: string; kind: ActorKind; affiliation: string | null };
  topics: { topic: { id: string; name: string; slug: string } }[];
}

/** The claim's own columns, whatever reading supplies its content. */
export interface ClaimColumns {
  id: string;
  editorialStatus: EditorialStatus;
  outcomeStatus: OutcomeStatus;
  publicOutcomeStatus: OutcomeStatus;
  version: number;
  firstPublishedAt: Date | null;
  retractedAt: Date | null;
  correctionNote: string | null;
  updatedAt: Date;
}

interface ClaimRow extends ContentRow, ClaimColumns {}

function content(row: ContentRow) {
  return {
    statement: row.statement,
    isVerbatim: row.isVerbatim,
    claimant: {
      id: row.claimant.id,
      name: row.claimant.name,
      kind: row.claimant.kind,
      affiliation: row.claimant.affiliation,
    },
    claimantRole: row.claimantRole,
    madeAt: isoDate(row.madeAt),
    kind: row.kind,
    topics: row.topics.map((t) => t.topic),
    resolutionCriteria: row.resolutionCriteria,
    resolveBy: isoDate(row.resolveBy),
  };
}

function common(claim: ClaimRow) {
  return {
    id: claim.id,
    firstPublishedAt: claim.firstPublishedAt?.toISOString() ?? null,
    retractedAt: claim.retractedAt?.toISOString() ?? null,
    correctionNote: claim.correctionNote,
    updatedAt: claim.updatedAt.toISOString(),
  };
}

export function internalClaimView(claim: ClaimRow): ClaimView {
  return {
    ...common(claim),
    ...content(claim),
    editorialStatus: claim.editorialStatus,
    outcomeStatus: claim.outcomeStatus,
    revision: claim.version,
    version: claim.version,
  };
}

export function publicClaimView(
  claim: ClaimRow,
  published: ContentRow & { number: number; createdAt: Date },
): ClaimView {
  return {
    ...common(claim),
    // When the public version last changed; the working copy's time would tell outsiders
    // when the team is editing.
    updatedAt: (claim.retractedAt && claim.retractedAt > published.createdAt
      ? claim.retractedAt
      : published.createdAt
    ).toISOString(),
    ...content(published),
    // A published claim with changes in review is still PUBLISHED to the public.
    editorialStatus: claim.editorialStatus === "RETRACTED" ? "RETRACTED" : "PUBLISHED",
    outcomeStatus: claim.publicOutcomeStatus,
    revision: published.number,
  };
}
