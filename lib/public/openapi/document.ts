import { z } from "zod";
import { ACCOUNT_PATHS } from "@/lib/public/openapi/account-paths";
import { ANALYTICS_PATHS } from "@/lib/public/openapi/analytics-paths";
import { AUDIT_PATHS } from "@/lib/public/openapi/audit-paths";
import { CLAIM_PATHS } from "@/lib/public/openapi/claim-paths";
import { LIBRARY_PATHS } from "@/lib/public/openapi/library-paths";
import { INTAKE_PATHS } from "@/lib/public/openapi/intake-paths";
import {
  ERROR_RESPONSE_COMPONENTS,
  claimFilterParameters,
  operation,
} from "@/lib/public/openapi/operation";
import { ref, textBody, type JsonSchema } from "@/lib/public/openapi/schema-helpers";
import { componentSchemas, named } from "@/lib/public/openapi/zod-shapes";
// The response shapes, named as they load (zod-shapes.ts).
import "@/lib/public/openapi/schemas";
import "@/lib/public/openapi/record-schemas";
import "@/lib/public/openapi/capture-schemas";
import "@/lib/public/openapi/analytics-schemas";

const EXPORT_DESCRIPTION =
  "Every published claim matching the filters, in the public reading whoever asks, in the list's order.";

// This document's own answer, in outline: OpenAPI's own schema is the full description.
named(
  "OpenApiDocument",
  z.looseObject({
    openapi: z.literal("3.1.0"),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    servers: z.array(z.object({ url: z.string() })),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
  }),
);

const PUBLIC_PATHS: Record<string, Record<string, JsonSchema>> = {
  "/export/claims.csv": {
    get: operation({
      tag: "Export",
      access: "anyone",
      summary: "Published claims as CSV",
      description: `${EXPORT_DESCRIPTION} RFC 4180, with a header row; text that a spreadsheet would run as a formula starts with an apostrophe.`,
      parameters: claimFilterParameters,
      ok: {
        status: 200,
        description: "The CSV file",
        contentType: "text/csv",
        schema: textBody,
      },
    }),
  },
  "/export/claims.json": {
    get: operation({
      tag: "Export",
      access: "anyone",
      summary: "Published claims as JSON",
      description: EXPORT_DESCRIPTION,
      parameters: claimFilterParameters,
      ok: { status: 200, description: "The export", schema: ref("ClaimExport") },
    }),
  },
  "/openapi.json": {
    get: operation({
      tag: "Export",
      access: "anyone",
      summary: "This description of the API (OpenAPI 3.1)",
      ok: { status: 200, description: "The OpenAPI document", schema: ref("OpenApiDocument") },
    }),
  },
};

/** The OpenAPI 3.1 description of /api/v1, with the server at `origin`. */
export function buildOpenApiDocument(origin: string, organization: string): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: `${organization} API`,
      version: "1",
      description: [
        "Claims made in the news, their sources, outcomes and forecasts.",
        "Anyone may read what is published; members sign in (session cookie) or send a personal API token (`Authorization: Bearer cw_…`) to read working copies (`scope=internal`) and to write.",
        "Reads may be made from any web page (CORS); such cross-origin requests are always answered as to an anonymous visitor, and writes are never allowed cross-origin.",
        'Errors are `{"error": {"code", "message", "fields"}}` with the matching HTTP status.',
      ].join("\n\n"),
    },
    servers: [{ url: `${origin}/api/v1` }],
    paths: {
      ...CLAIM_PATHS,
      ...LIBRARY_PATHS,
      ...INTAKE_PATHS,
      ...ACCOUNT_PATHS,
      ...AUDIT_PATHS,
      ...PUBLIC_PATHS,
      ...ANALYTICS_PATHS,
    },
    components: {
      schemas: componentSchemas(),
      responses: ERROR_RESPONSE_COMPONENTS,
      securitySchemes: {
        cookieAuth: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description:
            "The session cookie set by signing in (named __Secure-next-auth.session-token over HTTPS).",
        },
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token, created with POST /tokens from a signed-in session.",
        },
      },
    },
  };
}
