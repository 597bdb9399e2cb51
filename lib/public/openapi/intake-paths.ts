import { z } from "zod";
import { ZCandidatesRequest, ZIdempotencyKey, ZIntakeInput } from "@/lib/intake/schemas";
import { bodySchema, parameter, ref, type JsonSchema } from "@/lib/public/openapi/schema-helpers";
import { operation } from "@/lib/public/openapi/operation";

// Article intake: scan an article for candidate claims, then create the ticked ones.

export const INTAKE_PATHS: Record<string, Record<string, JsonSchema>> = {
  "/intake/candidates": {
    post: operation({
      tag: "Intake",
      access: "authors",
      summary: "Scan an article for candidate claims (stores nothing)",
      description:
        "Direct quotes and reported speech with their speaker (matched to an existing actor by name, alias or a close spelling), role, guessed kind, resolve-by date relative to `publishedAt`, a TextQuoteSelector, and `existingClaimId` when an existing claim already cites the words. `storedSource` is the library's source at `url` (null for a new address) with its latest capture and whether `text` still matches it; send `source.recapture: true` to POST /intake to record a changed text as a new capture.",
      body: bodySchema(ZCandidatesRequest),
      ok: {
        status: 200,
        description: "The candidates",
        schema: ref("IntakeCandidates"),
      },
    }),
  },
  "/intake": {
    post: operation({
      tag: "Intake",
      access: "authors",
      summary: "Create the source and the ticked candidates",
      description:
        "One transaction with audit events: the source and its captured copy (or the stored source with that address, re-captured from `source.text` when `source.recapture` is true, or `sourceId`), then per item a DRAFT claim with an anchored citation, or a citation on `existingClaimId`. Idempotent: repeating the request creates nothing twice (answered 200 with `created: false`).\n\nSend an `Idempotency-Key` header (one new key, a UUID say, per submission; or the body field `idempotencyKey`, which the header overrides) to make a repeat explicit: any later request with the same key from the same user, even one racing the first, is answered with the first answer and its status, with the header `Idempotent-Replayed: true`, and writes nothing. The same key with a different body is refused with 409 naming `idempotencyKey`; a key whose first request failed is not used up. Keys are kept with their answer (`IntakeRequest`).",
      parameters: [
        parameter(
          z.object({ "Idempotency-Key": ZIdempotencyKey.optional() }),
          "header",
          "Idempotency-Key",
          "Names this submission (draft-ietf-httpapi-idempotency-key-header); a repeat gets the first answer. Visible ASCII, 1–255 characters.",
        ),
      ],
      body: bodySchema(ZIntakeInput),
      ok: {
        status: 201,
        also: [200],
        description:
          "What was created or found (200 when nothing was new; a replayed answer keeps the first status and carries `Idempotent-Replayed: true`)",
        schema: ref("IntakeResult"),
      },
      errors: [409],
    }),
  },
};
