import { QuoteCheck } from "@/lib/generated/prisma/enums";
import {
  arrayOf,
  boolean,
  integer,
  nullable,
  object,
  oneOfValues,
  string,
  uuid,
  type JsonSchema,
} from "@/lib/public/openapi/schema-helpers";

// Shapes shared by the operations that capture a source's text (sources, intake).

/** What a capture of a stored source did (lib/sources/recapture-source.ts). */
export const recaptureResult: JsonSchema = object(
  {
    outcome: {
      type: "string",
      enum: ["changed", "unchanged"],
      description: "changed: a new version was stored; unchanged: only the check time",
    },
    captureNumber: integer,
    checks: arrayOf(
      object({
        citationId: uuid,
        check: oneOfValues(QuoteCheck, "The cited passage in the new capture"),
      }),
    ),
  },
  ["outcome", "captureNumber"],
);

/** The library's source at an address that was entered again (lib/sources/stored-source.ts). */
export const storedSourceMatch: JsonSchema = nullable(
  object({
    id: uuid,
    title: string,
    latestCapture: nullable(
      object({
        number: integer,
        capturedAt: { type: "string", format: "date-time" },
        sha256: string,
      }),
    ),
    sameText: boolean,
  }),
);
