import {
  ActorKind,
  ClaimKind,
  EditorialStatus,
  InformationCredibility,
  OutcomeStatus,
  ReviewKind,
  SourceReliability,
} from "@/lib/generated/prisma/enums";
import {
  arrayOf,
  boolean,
  date,
  dateTime,
  integer,
  nullable,
  object,
  oneOfValues,
  keysetPageOf,
  ref,
  string,
  uuid,
  type JsonSchema,
} from "@/lib/public/openapi/schema-helpers";
import { RECORD_SCHEMAS } from "@/lib/public/openapi/record-schemas";

// The shapes the API answers with (lib/**/…-view.ts and the queries that build them).

const claimant = object({
  id: uuid,
  name: string,
  kind: oneOfValues(ActorKind),
  affiliation: nullable(string),
});
const topicRef = object({ id: uuid, name: string, slug: string });
const sourceRef = object({ id: uuid, url: string, title: string });

const claimProperties: Record<string, JsonSchema> = {
  id: uuid,
  statement: string,
  isVerbatim: boolean,
  claimant,
  claimantRole: nullable(string),
  madeAt: date,
  kind: oneOfValues(ClaimKind),
  topics: arrayOf(topicRef),
  resolutionCriteria: nullable(string),
  resolveBy: nullable(date),
  editorialStatus: oneOfValues(
    EditorialStatus,
    "PUBLISHED or RETRACTED in the public reading; any status in the internal one",
  ),
  outcomeStatus: oneOfValues(
    OutcomeStatus,
    "The approved outcome in the public reading; the latest recorded one in the internal",
  ),
  revision: { ...integer, description: "Number of the revision shown" },
  version: { ...integer, description: "Concurrency token, internal reading only" },
  firstPublishedAt: nullable(dateTime),
  retractedAt: nullable(dateTime),
  correctionNote: nullable(string),
  updatedAt: dateTime,
};

const claim: JsonSchema = {
  ...object(claimProperties),
  required: [
    ...["id", "statement", "isVerbatim", "claimant", "claimantRole", "madeAt", "kind"],
    ...["topics", "resolutionCriteria", "resolveBy", "editorialStatus", "outcomeStatus"],
    ...["revision", "firstPublishedAt", "retractedAt", "correctionNote", "updatedAt"],
  ],
  description:
    "A claim: the published revision for the public, the working copy for members (scope=internal).",
};

const { updatedAt: _u, version: _v, ...exportedProperties } = claimProperties;
const exportedClaim = object({ ...exportedProperties, url: string });

const error = object({
  error: {
    ...object(
      {
        code: oneOfValues({
          ...{ UNAUTHORIZED: "UNAUTHORIZED", FORBIDDEN: "FORBIDDEN", NOT_FOUND: "NOT_FOUND" },
          ...{ INVALID: "INVALID", CONFLICT: "CONFLICT", RATE_LIMITED: "RATE_LIMITED" },
          UNAVAILABLE: "UNAVAILABLE",
          INTERNAL: "INTERNAL",
        }),
        message: string,
        fields: {
          type: "object",
          additionalProperties: string,
          description: "One message per invalid field or parameter",
        },
        requestId: { ...string, description: "Reference of an unexpected error in the log" },
        details: { description: "Extra data, e.g. the current record on a conflict" },
      },
      ["code", "message"],
    ),
  },
});

const citation = object({
  id: uuid,
  claimId: uuid,
  exact: string,
  prefix: string,
  suffix: string,
  foundInCapture: {
    ...boolean,
    description: "Whether the quote was found in the captured copy when it was cited",
  },
  captureCheck: {
    ...nullable(
      object({
        check: { type: "string", enum: ["FOUND", "MOVED", "MISSING"] },
        checkedAt: dateTime,
        lastFoundAt: nullable(dateTime),
      }),
    ),
    description:
      "After the source was captured again: whether the latest capture still holds the quote (FOUND), holds it with other words around it (MOVED) or no longer holds it (MISSING), and the newest capture that does. Null until a re-capture. Supersedes `foundInCapture`.",
  },
  credibility: oneOfValues(InformationCredibility),
  credibilityGrade: { ...integer, minimum: 1, maximum: 6 },
  note: nullable(string),
  createdAt: dateTime,
  pendingReview: boolean,
  state: {
    type: "string",
    enum: ["APPROVED", "PENDING", "WITHDRAWAL_PENDING", "REPLACED", "RETIRED"],
    description:
      "APPROVED: public. PENDING: added or corrected, awaiting review. WITHDRAWAL_PENDING / REPLACED: approved and public until its withdrawal or correction is approved. RETIRED: withdrawn or replaced; members only, kept for the history.",
  },
  replacesId: nullable(uuid),
  withdrawnAt: nullable(dateTime),
  withdrawalNote: nullable(string),
  source: object({
    id: uuid,
    url: string,
    title: string,
    outlet: nullable(string),
    publishedAt: nullable(dateTime),
    reliability: oneOfValues(SourceReliability),
    capturedAt: nullable(dateTime),
    capturedSha256: nullable(string),
  }),
});

const entryLink = object({ id: uuid, occurredAt: date });
const outcomeEntry = object({
  id: uuid,
  status: oneOfValues(OutcomeStatus),
  occurredAt: date,
  note: string,
  correctsId: nullable(uuid),
  corrects: nullable(entryLink),
  correctedBy: arrayOf(entryLink),
  recordedAt: dateTime,
  pendingReview: boolean,
  evidence: arrayOf(sourceRef),
});

const forecastProperties: Record<string, JsonSchema> = {
  id: uuid,
  probability: { ...integer, minimum: 1, maximum: 99 },
  word: { ...string, description: "ICD 203 estimative word" },
  rationale: nullable(string),
  confidence: nullable({
    type: "string",
    enum: ["LOW", "MODERATE", "HIGH"],
    description: "ICD 203 analytic confidence, apart from the probability",
  }),
  createdAt: dateTime,
  brier: nullable({ type: "number" }),
  madeAfterTheFact: {
    ...boolean,
    description:
      "Made after the claim's resolve-by date or after the outcome that settled it (UTC dates); never scored",
  },
};
const forecast = object(forecastProperties);

const person = object({ id: uuid, name: string });

export const SCHEMAS: Record<string, JsonSchema> = {
  Claim: claim,
  ClaimPage: keysetPageOf("Claim", { rankedByRelevance: { type: "boolean" } }),
  ExportedClaim: exportedClaim,
  ClaimExport: object({
    generatedAt: dateTime,
    filters: { type: "object", additionalProperties: string },
    items: arrayOf(ref("ExportedClaim")),
  }),
  Error: error,
  Citation: citation,
  CitationList: object({ items: arrayOf(ref("Citation")) }),
  OutcomeEntry: outcomeEntry,
  OutcomeTimeline: object({
    claimId: uuid,
    outcomeStatus: oneOfValues(OutcomeStatus),
    items: arrayOf(ref("OutcomeEntry")),
  }),
  ClaimForecasts: object({
    claimId: uuid,
    outcomeStatus: oneOfValues(OutcomeStatus),
    open: boolean,
    visible: boolean,
    analysts: arrayOf(object({ author: person, current: forecast, history: arrayOf(forecast) })),
    meanBrier: nullable({ type: "number" }),
    scoredCount: integer,
    afterTheFactCount: integer,
  }),
  Forecast: object({ ...forecastProperties, claimId: uuid }, [
    ...[
      "id",
      "claimId",
      "probability",
      "word",
      "rationale",
      "confidence",
      "createdAt",
      "madeAfterTheFact",
    ],
  ]),
  Comment: object({ id: uuid, body: string, author: person, createdAt: dateTime }),
  CommentList: object({ claimId: uuid, items: arrayOf(ref("Comment")) }),
  Review: object({
    id: uuid,
    kind: oneOfValues(ReviewKind),
    submittedAt: dateTime,
    submittedBy: person,
    claim: object({ id: uuid, statement: string, editorialStatus: oneOfValues(EditorialStatus) }),
    submitted: nullable(ref("RevisionText")),
    published: nullable(ref("RevisionText")),
    pendingCitations: integer,
    pendingOutcomes: integer,
  }),
  ReviewList: keysetPageOf("Review"),
  RevisionText: object({
    number: integer,
    author: string,
    createdAt: dateTime,
    fields: {
      type: "object",
      additionalProperties: string,
      description: "Each field of the revision as text, keyed by field name",
    },
  }),
  RevisionHistory: object({
    claim: object({ id: uuid, statement: string }),
    publishedRevision: nullable(integer),
    revisions: arrayOf(ref("RevisionText")),
  }),
  ...RECORD_SCHEMAS,
};
