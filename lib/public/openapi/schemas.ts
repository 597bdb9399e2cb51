import { z } from "zod";
import {
  ActorKind,
  ClaimKind,
  EditorialStatus,
  InformationCredibility,
  OutcomeStatus,
  ReviewKind,
  SourceReliability,
} from "@/lib/generated/prisma/enums";
import { STATUS } from "@/lib/errors";
import {
  count,
  dateTime,
  day,
  id,
  keysetPage,
  named,
  person,
} from "@/lib/public/openapi/zod-shapes";

// The shapes the API answers with about claims (lib/claims/claim-view.ts and the queries of
// citations, outcomes, forecasts, comments and reviews that build them).

const claimant = z.object({
  id,
  name: z.string(),
  kind: z.enum(ActorKind),
  affiliation: z.string().nullable(),
});
const topicRef = z.object({ id, name: z.string(), slug: z.string() });
const sourceRef = z.object({ id, url: z.string(), title: z.string() });

const claimContent = {
  id,
  statement: z.string(),
  isVerbatim: z.boolean(),
  claimant,
  claimantRole: z.string().nullable(),
  madeAt: day,
  kind: z.enum(ClaimKind),
  topics: z.array(topicRef),
  resolutionCriteria: z.string().nullable(),
  resolveBy: day.nullable(),
  editorialStatus: z
    .enum(EditorialStatus)
    .describe("PUBLISHED or RETRACTED in the public reading; any status in the internal one"),
  outcomeStatus: z
    .enum(OutcomeStatus)
    .describe(
      "The approved outcome in the public reading; the latest recorded one in the internal",
    ),
  revision: z.int().describe("Number of the revision shown"),
  firstPublishedAt: dateTime.nullable(),
  retractedAt: dateTime.nullable(),
  correctionNote: z.string().nullable(),
};

export const ZClaimResponse = named(
  "Claim",
  z
    .object({
      ...claimContent,
      version: z.int().optional().describe("Concurrency token, internal reading only"),
      updatedAt: dateTime,
    })
    .describe(
      "A claim: the published revision for the public, the working copy for members (scope=internal).",
    ),
);

named("ClaimPage", keysetPage(ZClaimResponse, { rankedByRelevance: z.boolean() }));

const exportedClaim = named("ExportedClaim", z.object({ ...claimContent, url: z.string() }));
named(
  "ClaimExport",
  z.object({
    generatedAt: dateTime,
    filters: z.record(z.string(), z.string()),
    items: z.array(exportedClaim),
  }),
);

// Every code an AppError may carry (lib/errors.ts), and INTERNAL for an unexpected error.
const errorCodes: [string, ...string[]] = ["INTERNAL", ...Object.keys(STATUS)];

named(
  "Error",
  z.object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .describe("One message per invalid field or parameter"),
      requestId: z.string().optional().describe("Reference of an unexpected error in the log"),
      details: z.unknown().optional().describe("Extra data, e.g. the current record on a conflict"),
    }),
  }),
);

const citation = named(
  "Citation",
  z.object({
    id,
    claimId: id,
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    foundInCapture: z
      .boolean()
      .describe("Whether the quote was found in the captured copy when it was cited"),
    captureCheck: z
      .object({
        check: z.enum(["FOUND", "MOVED", "MISSING"]),
        checkedAt: dateTime,
        lastFoundAt: dateTime.nullable(),
      })
      .nullable()
      .describe(
        "After the source was captured again: whether the latest capture still holds the quote (FOUND), holds it with other words around it (MOVED) or no longer holds it (MISSING), and the newest capture that does. Null until a re-capture. Supersedes `foundInCapture`.",
      ),
    credibility: z.enum(InformationCredibility),
    credibilityGrade: z.int().min(1).max(6),
    note: z.string().nullable(),
    createdAt: dateTime,
    pendingReview: z.boolean(),
    state: z
      .enum(["APPROVED", "PENDING", "WITHDRAWAL_PENDING", "REPLACED", "RETIRED"])
      .describe(
        "APPROVED: public. PENDING: added or corrected, awaiting review. WITHDRAWAL_PENDING / REPLACED: approved and public until its withdrawal or correction is approved. RETIRED: withdrawn or replaced; members only, kept for the history.",
      ),
    replacesId: id.nullable(),
    withdrawnAt: dateTime.nullable(),
    withdrawalNote: z.string().nullable(),
    source: z.object({
      id,
      url: z.string(),
      title: z.string(),
      outlet: z.string().nullable(),
      publishedAt: dateTime.nullable(),
      reliability: z.enum(SourceReliability),
      capturedAt: dateTime.nullable(),
      capturedSha256: z.string().nullable(),
    }),
  }),
);
named("CitationList", z.object({ items: z.array(citation) }));

const entryLink = z.object({ id, occurredAt: day });
const outcomeEntry = named(
  "OutcomeEntry",
  z.object({
    id,
    status: z.enum(OutcomeStatus),
    occurredAt: day,
    note: z.string(),
    correctsId: id.nullable(),
    corrects: entryLink.nullable(),
    correctedBy: z.array(entryLink),
    recordedAt: dateTime,
    pendingReview: z.boolean(),
    evidence: z.array(sourceRef),
  }),
);
named(
  "RecordedOutcome",
  outcomeEntry.extend({
    claimOutcomeStatus: z
      .enum(OutcomeStatus)
      .describe("The claim's latest outcome after this entry (internal reading)"),
  }),
);
named(
  "OutcomeTimeline",
  z.object({ claimId: id, outcomeStatus: z.enum(OutcomeStatus), items: z.array(outcomeEntry) }),
);

const forecastContent = {
  id,
  probability: z.int().min(1).max(99),
  word: z.string().describe("ICD 203 estimative word"),
  rationale: z.string().nullable(),
  confidence: z
    .enum(["LOW", "MODERATE", "HIGH"])
    .nullable()
    .describe("ICD 203 analytic confidence, apart from the probability"),
  createdAt: dateTime,
  madeAfterTheFact: z
    .boolean()
    .describe(
      "Made after the claim's resolve-by date or after the outcome that settled it (UTC dates); never scored",
    ),
};
const scoredForecast = z.object({ ...forecastContent, brier: z.number().nullable() });
named(
  "ClaimForecasts",
  z.object({
    claimId: id,
    outcomeStatus: z.enum(OutcomeStatus),
    open: z.boolean(),
    visible: z.boolean(),
    analysts: z.array(
      z.object({ author: person, current: scoredForecast, history: z.array(scoredForecast) }),
    ),
    meanBrier: z.number().nullable(),
    scoredCount: count,
    afterTheFactCount: count,
  }),
);
named(
  "Forecast",
  z.object({ ...forecastContent, claimId: id, brier: z.number().nullable().optional() }),
);

const comment = named(
  "Comment",
  z.object({ id, body: z.string(), author: person, createdAt: dateTime }),
);
named("CommentList", z.object({ claimId: id, items: z.array(comment) }));
named("NewComment", comment.extend({ claimId: id }));

const revisionText = named(
  "RevisionText",
  z.object({
    number: z.int(),
    author: z.string(),
    createdAt: dateTime,
    fields: z
      .record(z.string(), z.string())
      .describe("Each field of the revision as text, keyed by field name"),
  }),
);
const review = named(
  "Review",
  z.object({
    id,
    kind: z.enum(ReviewKind),
    submittedAt: dateTime,
    submittedBy: person,
    claim: z.object({ id, statement: z.string(), editorialStatus: z.enum(EditorialStatus) }),
    submitted: revisionText.nullable(),
    published: revisionText.nullable(),
    changes: z
      .object({
        citations: z.array(z.looseObject({ id })).describe("Citations added or corrected"),
        withdrawals: z.array(z.looseObject({ id })).describe("Citations to withdraw"),
        outcomes: z.array(
          z.object({
            id,
            status: z.enum(OutcomeStatus),
            occurredAt: day,
            note: z.string(),
            correctsId: id.nullable(),
            evidence: z.array(z.looseObject({ id })),
          }),
        ),
        authorIds: z.array(id).describe("Who wrote any part of it: none of them may approve"),
      })
      .describe(
        "Everything the approval publishes besides the revision (lib/review/change-set.ts)",
      ),
  }),
);
named("ReviewList", keysetPage(review));
named(
  "RevisionHistory",
  z.object({
    claim: z.object({ id, statement: z.string() }),
    publishedRevision: z.int().nullable(),
    revisions: z.array(revisionText),
  }),
);
named("ReviewSubmitted", z.object({ reviewId: id }));
named("ClaimDecided", z.object({ claimId: id }));
