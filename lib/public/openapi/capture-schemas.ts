import { z } from "zod";
import { ActorKind, ClaimKind, QuoteCheck } from "@/lib/generated/prisma/enums";
import type { AuditEventPage } from "@/lib/audit/list-audit-events";
import type { CheckpointPage } from "@/lib/audit/list-checkpoints";
import { CHECKPOINT_LOG_NAME } from "@/lib/audit/checkpoint-statement";
import {
  count,
  dateTime,
  day,
  id,
  named,
  type Agrees,
  type Holds,
} from "@/lib/public/openapi/zod-shapes";

// Shapes of the operations that capture a source's text (sources, intake), and of the audit.

/** What a capture of a stored source did (lib/sources/recapture-source.ts). */
export const recaptureResult = named(
  "RecaptureResult",
  z.object({
    outcome: z
      .enum(["changed", "unchanged"])
      .describe("changed: a new version was stored; unchanged: only the check time"),
    captureNumber: z.int().min(1),
    checks: z
      .array(
        z.object({
          citationId: id,
          check: z.enum(QuoteCheck).describe("The cited passage in the new capture"),
        }),
      )
      .optional(),
  }),
);

/** The library's source at an address that was entered again (lib/sources/stored-source.ts). */
const storedSourceMatch = z
  .object({
    id,
    title: z.string(),
    latestCapture: z
      .object({ number: z.int().min(1), capturedAt: dateTime, sha256: z.string() })
      .nullable(),
    sameText: z.boolean(),
  })
  .nullable();

const candidate = z.object({
  form: z
    .enum(["DIRECT", "REPORTED"])
    .describe("DIRECT: in quotation marks; REPORTED: reported speech"),
  quote: z.string().describe("Exactly `text.slice(start, end)`, without quotation marks"),
  start: count,
  end: count,
  selector: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  speaker: z.object({
    name: z.string(),
    anonymous: z.boolean(),
    affiliation: z.string().nullable(),
    role: z.string().nullable(),
    actorId: id.nullable(),
    kind: z.enum(ActorKind),
    actorName: z.string().nullable(),
  }),
  kind: z.enum(ClaimKind),
  resolveBy: day.nullable(),
  existingClaimId: id.nullable(),
  existingClaim: z.object({ id, statement: z.string(), claimantName: z.string() }).nullable(),
});

named(
  "IntakeCandidates",
  z.object({ candidates: z.array(candidate), storedSource: storedSourceMatch }),
);

named(
  "IntakeResult",
  z.object({
    sourceId: id,
    sourceCreated: z.boolean(),
    storedTextDiffers: z
      .boolean()
      .describe("The address was stored and its latest capture differs from `source.text`"),
    recapture: recaptureResult.optional(),
    items: z.array(
      z.object({
        claimId: id,
        citationId: id,
        created: z.boolean().describe("false: this source already cited these words (a repeat)"),
        newClaim: z.boolean(),
      }),
    ),
  }),
);

const checkpointStatement = z
  .object({
    log: z.literal(CHECKPOINT_LOG_NAME),
    kind: z.enum(["HOURLY", "ON_DEMAND"]),
    hourBucket: z.string().nullable(),
    rowCount: count,
    headId: z.string().nullable(),
    headHash: z.string(),
    signedAt: z.string(),
    keyId: z.string(),
  })
  .describe(
    "What was signed: its RFC 8785 canonical JSON text is the Ed25519 message. The log's first `rowCount` rows, in id order, end in `headHash`.",
  );

export const ZCheckpointPage = named(
  "CheckpointPage",
  z.object({
    algorithm: z.enum(["Ed25519"]),
    publicKey: z.string().nullable().describe("Raw 32-byte Ed25519 public key, base64url"),
    publicKeyPem: z.string().nullable().describe("The same key as SPKI PEM"),
    keyId: z.string().nullable().describe("Hex SHA-256 of the raw public key"),
    items: z.array(
      z.object({
        id: z.string(),
        statement: checkpointStatement,
        signature: z.string().describe("Ed25519 signature, base64"),
      }),
    ),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for older checkpoints"),
  }),
);
named("CheckpointCreated", z.object({ id: z.string() }));
export const ZAuditEventPage = named(
  "AuditEventPage",
  z.object({
    items: z.array(
      z.object({
        id: z.string().describe("Decimal id: the chain's order"),
        at: dateTime,
        actor: z.object({ id, name: z.string(), email: z.string() }).nullable(),
        action: z.string(),
        entityType: z.string(),
        entityId: z.string(),
        before: z.unknown().describe("The record before the change (JSON), or null"),
        after: z.unknown().describe("The record after the change (JSON), or null"),
        hash: z.string(),
        prevHash: z.string(),
      }),
    ),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for older events"),
  }),
);

// The audit answers, checked against the types lib/audit returns.
type _Checkpoints = Holds<Agrees<typeof ZCheckpointPage, CheckpointPage>>;
type _AuditEvents = Holds<Agrees<typeof ZAuditEventPage, AuditEventPage>>;
