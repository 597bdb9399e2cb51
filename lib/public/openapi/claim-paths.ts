import { ZClaimInput, ZClaimPatch } from "@/lib/claims/schemas";
import { ZCitationCorrection, ZCitationInput, ZCitationWithdrawal } from "@/lib/citations/schemas";
import { ZCommentInput } from "@/lib/comments/schemas";
import { ZForecastInput } from "@/lib/forecasts/schemas";
import { ZOutcomeInput } from "@/lib/outcomes/schemas";
import { ZChangeRequest, ZRetraction, ZReviewDecision } from "@/lib/review/schemas";
import { citationParams } from "@/lib/api/params";
import { bodySchema, parameter, ref, type JsonSchema } from "@/lib/public/openapi/schema-helpers";
import {
  idParameter,
  operation,
  claimListParameters,
  cursorParameter,
  scopeParameter,
} from "@/lib/public/openapi/operation";

const tag = "Claims";
const review = "Review";
const citationIdParameter = parameter(citationParams, "path", "citationId");
const onClaim = (extra: JsonSchema[] = []) => [idParameter, ...extra];

export const CLAIM_PATHS: Record<string, Record<string, JsonSchema>> = {
  "/claims": {
    get: operation({
      tag,
      access: "anyone",
      summary: "Search claims",
      description:
        "Published claims, newest first, in their published revision. Members may ask for scope=internal: every claim in its working copy.",
      parameters: claimListParameters,
      ok: { status: 200, description: "One page of claims", schema: ref("ClaimPage") },
      errors: [401],
    }),
    post: operation({
      tag,
      access: "authors",
      summary: "Create a draft claim",
      body: bodySchema(ZClaimInput),
      ok: { status: 201, description: "The new draft (internal reading)", schema: ref("Claim") },
    }),
  },
  "/claims/{id}": {
    get: operation({
      tag,
      access: "anyone",
      summary: "Read a claim",
      description: "A claim that is not published is 404 in the public reading.",
      parameters: onClaim([scopeParameter]),
      ok: { status: 200, description: "The claim", schema: ref("Claim") },
      errors: [401, 404],
    }),
    patch: operation({
      tag,
      access: "authors",
      summary: "Change a claim",
      description:
        "Send the `version` last read; if someone saved meanwhile the answer is 409 with the current record in `details`.",
      parameters: onClaim(),
      body: bodySchema(ZClaimPatch, ["id"]),
      ok: { status: 200, description: "The claim (internal reading)", schema: ref("Claim") },
      errors: [404, 409],
    }),
  },
  "/claims/{id}/citations": {
    get: operation({
      tag,
      access: "anyone",
      summary: "A claim's citations",
      description: "Approved citations in the public reading; all of them with scope=internal.",
      parameters: onClaim([scopeParameter]),
      ok: { status: 200, description: "The citations", schema: ref("CitationList") },
      errors: [401, 404],
    }),
    post: operation({
      tag,
      access: "authors",
      summary: "Cite a source for a claim",
      description: "The quote is anchored in the source's captured copy; it waits for review.",
      parameters: onClaim(),
      body: bodySchema(ZCitationInput, ["claimId"]),
      ok: { status: 201, description: "The citation", schema: ref("Citation") },
      errors: [404, 409],
    }),
  },
  "/claims/{id}/citations/{citationId}": {
    patch: operation({
      tag,
      access: "authors",
      summary: "Correct a citation's quote, grade or note",
      description:
        "A citation not yet approved is corrected in place. An approved one is never changed: the correction is a new citation (replacesId) that waits for review, and approving it retires the old one, which stays in the history.",
      parameters: onClaim([citationIdParameter]),
      body: bodySchema(ZCitationCorrection, ["claimId", "citationId"]),
      ok: { status: 200, description: "The corrected citation", schema: ref("Citation") },
      errors: [404, 409],
    }),
  },
  "/claims/{id}/citations/{citationId}/withdraw": {
    post: operation({
      tag,
      access: "authors",
      summary: "Withdraw a citation, with a reason",
      description:
        "A citation not yet approved leaves the working copy at once; an approved one stays public until the withdrawal is approved with the claim's next review. The row stays in the history and the audit.",
      parameters: onClaim([citationIdParameter]),
      body: bodySchema(ZCitationWithdrawal, ["claimId", "citationId"]),
      ok: { status: 200, description: "The citation as it now stands", schema: ref("Citation") },
      errors: [404, 409],
    }),
  },
  "/claims/{id}/outcomes": {
    get: operation({
      tag,
      access: "anyone",
      summary: "A claim's outcome timeline",
      description: "Approved entries in the public reading; all of them with scope=internal.",
      parameters: onClaim([scopeParameter]),
      ok: {
        status: 200,
        description: "The timeline, oldest first",
        schema: ref("OutcomeTimeline"),
      },
      errors: [401, 404],
    }),
    post: operation({
      tag,
      access: "authors",
      summary: "Record an outcome update",
      description: "Append-only: a correction is a new entry whose `correctsId` names the old one.",
      parameters: onClaim(),
      body: bodySchema(ZOutcomeInput, ["claimId"]),
      ok: { status: 201, description: "The entry", schema: ref("RecordedOutcome") },
      errors: [404, 409],
    }),
  },
  "/claims/{id}/forecasts": {
    get: operation({
      tag,
      access: "anyone",
      summary: "A claim's forecasts",
      description:
        "Public only once the claim resolved HELD or NOT_HELD, with Brier scores; members see all with scope=internal.",
      parameters: onClaim([scopeParameter]),
      ok: { status: 200, description: "Forecasts by analyst", schema: ref("ClaimForecasts") },
      errors: [401, 404],
    }),
    post: operation({
      tag,
      access: "authors",
      summary: "Record or update the caller's forecast",
      parameters: onClaim(),
      body: bodySchema(ZForecastInput, ["claimId"]),
      ok: { status: 201, description: "The forecast", schema: ref("Forecast") },
      errors: [404, 409],
    }),
  },
  "/claims/{id}/comments": {
    get: operation({
      tag,
      access: "members",
      summary: "The team's comments on a claim",
      parameters: onClaim(),
      ok: { status: 200, description: "Comments, oldest first", schema: ref("CommentList") },
      errors: [404],
    }),
    post: operation({
      tag,
      access: "members",
      summary: "Comment on a claim",
      parameters: onClaim(),
      body: bodySchema(ZCommentInput, ["claimId"]),
      ok: { status: 201, description: "The comment", schema: ref("NewComment") },
      errors: [404],
    }),
  },
  "/claims/{id}/revisions": {
    get: operation({
      tag,
      access: "members",
      summary: "Every revision of a claim, oldest first",
      parameters: onClaim(),
      ok: { status: 200, description: "The revisions", schema: ref("RevisionHistory") },
      errors: [404],
    }),
  },
  "/claims/{id}/submit": {
    post: operation({
      tag: review,
      access: "authors",
      summary: "Submit a claim, or its unpublished changes, for review",
      parameters: onClaim(),
      ok: { status: 201, description: "The review", schema: ref("ReviewSubmitted") },
      errors: [404, 409],
    }),
  },
  "/claims/{id}/retract": {
    post: operation({
      tag: review,
      access: "editors",
      summary: "Retract a published claim with a public correction note",
      parameters: onClaim(),
      body: bodySchema(ZRetraction, ["claimId"]),
      ok: { status: 200, description: "Retracted", schema: ref("ClaimDecided") },
      errors: [404, 409],
    }),
  },
  "/reviews": {
    get: operation({
      tag: review,
      access: "members",
      summary: "The review queue",
      parameters: [cursorParameter],
      ok: {
        status: 200,
        description: "Pending submissions, oldest first",
        schema: ref("ReviewList"),
      },
    }),
  },
  "/reviews/{id}/approve": {
    post: operation({
      tag: review,
      access: "editors",
      summary: "Approve and publish a submission",
      parameters: [idParameter],
      body: bodySchema(ZReviewDecision, ["reviewId"]),
      bodyOptional: true,
      ok: { status: 200, description: "Published", schema: ref("ClaimDecided") },
      errors: [404, 409],
    }),
  },
  "/reviews/{id}/request-changes": {
    post: operation({
      tag: review,
      access: "editors",
      summary: "Send a submission back with what to change",
      parameters: [idParameter],
      body: bodySchema(ZChangeRequest, ["reviewId"]),
      ok: { status: 200, description: "Sent back", schema: ref("ClaimDecided") },
      errors: [404, 409],
    }),
  },
};
