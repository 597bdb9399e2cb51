import { z } from "zod";
import { ZClaimListQuery, ZExportQuery } from "@/lib/api/claims-query";
import { idParams, ZScopeQuery } from "@/lib/api/params";
import { cursorField } from "@/lib/claims/keyset";
import {
  parameter,
  queryParameters,
  ref,
  type JsonSchema,
} from "@/lib/public/openapi/schema-helpers";

// Builders for the operations in the API description, so each path reads as what it does.

/** Who may call an operation: the roles lib/auth/policy.ts allows for its action. */
export type Access = "anyone" | "members" | "authors" | "editors" | "admins" | "session";

const ACCESS: Record<Access, { text: string; security: Record<string, string[]>[] }> = {
  anyone: {
    text: "Anyone, signed in or not.",
    security: [{}, { cookieAuth: [] }, { bearerAuth: [] }],
  },
  members: {
    text: "Signed-in members (viewer, analyst, editor, admin).",
    security: [{ cookieAuth: [] }, { bearerAuth: [] }],
  },
  authors: {
    text: "Analysts, editors and admins.",
    security: [{ cookieAuth: [] }, { bearerAuth: [] }],
  },
  editors: {
    text: "Editors and admins, never on their own submission.",
    security: [{ cookieAuth: [] }, { bearerAuth: [] }],
  },
  admins: { text: "Admins.", security: [{ cookieAuth: [] }, { bearerAuth: [] }] },
  session: { text: "Signed-in members, from a session only.", security: [{ cookieAuth: [] }] },
};

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;

const ERROR_RESPONSES: Record<ErrorStatus, string> = {
  400: "Invalid",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  409: "Conflict",
  413: "PayloadTooLarge",
  415: "UnsupportedMediaType",
  429: "TooManyRequests",
  503: "ServiceUnavailable",
};

export interface OperationSpec {
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  parameters?: JsonSchema[];
  body?: JsonSchema;
  /** The body may be left out altogether. */
  bodyOptional?: boolean;
  /**
   * Status and schema of the success answer (JSON unless `contentType` says otherwise);
   * `also` lists other success statuses answered with the same shape.
   */
  ok: {
    status: number;
    also?: number[];
    description: string;
    schema?: JsonSchema;
    contentType?: string;
  };
  errors?: ErrorStatus[];
}

export function operation(spec: OperationSpec): JsonSchema {
  const access = ACCESS[spec.access];
  const ok = {
    description: spec.ok.description,
    ...(spec.ok.schema
      ? { content: { [spec.ok.contentType ?? "application/json"]: { schema: spec.ok.schema } } }
      : {}),
  };
  const errors: ErrorStatus[] = [400, ...(spec.errors ?? [])];
  if (spec.access !== "anyone") errors.push(401, 403);
  // Every body is JSON read by the route layer (lib/api/read-body.ts), which refuses the others
  // and anything past the route's size limit; a cookie write from another origin is refused.
  if (spec.body) errors.push(403, 413, 415);
  return {
    summary: spec.summary,
    description: [spec.description, `Who: ${access.text}`].filter(Boolean).join("\n\n"),
    tags: [spec.tag],
    security: access.security,
    ...(spec.parameters ? { parameters: spec.parameters } : {}),
    ...(spec.body
      ? {
          requestBody: {
            required: !spec.bodyOptional,
            content: { "application/json": { schema: spec.body } },
          },
        }
      : {}),
    responses: {
      ...Object.fromEntries([spec.ok.status, ...(spec.ok.also ?? [])].map((s) => [String(s), ok])),
      ...Object.fromEntries(
        [...new Set(errors)]
          .sort((a, b) => a - b)
          .map((s) => [String(s), { $ref: `#/components/responses/${ERROR_RESPONSES[s]}` }]),
      ),
    },
  };
}

export const ERROR_RESPONSE_COMPONENTS = Object.fromEntries(
  Object.entries({
    Invalid: "A parameter or the body is invalid; `fields` names each problem",
    Unauthorized: "Not signed in (no session, or an unknown or revoked token)",
    Forbidden:
      "The caller's role may not do this, or a write with the session cookie came from another origin",
    NotFound: "No such record, or not one the caller may see",
    Conflict: "The record changed meanwhile, or is in a state that refuses this",
    PayloadTooLarge:
      "The body is larger than this operation accepts; `fields._body` says the limit",
    UnsupportedMediaType: "The body is not declared as `application/json`",
    TooManyRequests: "Too many attempts; try again later",
    ServiceUnavailable:
      "A service this request needs is not configured (e.g. no audit signing key)",
  }).map(([name, description]) => [
    name,
    { description, content: { "application/json": { schema: ref("Error") } } },
  ]),
);

const cursorNote = "The previous page's nextCursor";

/** `{id}` in a path: a record's id (lib/api/params.ts). */
export const idParameter = parameter(idParams("Record"), "path", "id");

const scopeNote =
  "`internal` (members only) reads working copies, drafts and entries awaiting review.";
export const scopeParameter = parameter(ZScopeQuery, "query", "scope", scopeNote);

/** Keyset paging (the review queue's `query` schema): the previous page's `nextCursor`. */
export const cursorParameter = parameter(
  z.object({ cursor: cursorField }),
  "query",
  "cursor",
  cursorNote,
);

const claimFilterNotes = {
  q: 'Web-search syntax (words, "phrase", OR, -word) over the statement, the claimant\'s names, role and topics',
  kind: "Kind of claim",
  outcome: "Outcome status",
  topic: "Topic slug",
  actor: "Claimant (actor id)",
  from: { description: "Made on or after (YYYY-MM-DD)", format: "date" },
  to: { description: "Made on or before (YYYY-MM-DD)", format: "date" },
};

/** GET /claims: the reading, keyset paging and the claim search filters. */
export const claimListParameters = queryParameters(ZClaimListQuery, {
  ...claimFilterNotes,
  scope: scopeNote,
  cursor: cursorNote,
  pageSize: "Page size",
});

/** The claim search filters shared by the /claims page, the list and the exports. */
export const claimFilterParameters = queryParameters(ZExportQuery, claimFilterNotes);
