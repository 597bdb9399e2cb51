import { integer, object, string, type JsonSchema } from "@/lib/public/openapi/schema-helpers";
import { operation } from "@/lib/public/openapi/operation";

// The audit log's signed checkpoints (lib/audit/).

const nullableString: JsonSchema = { type: ["string", "null"] };

const checkpointPage = object({
  algorithm: { type: "string", enum: ["Ed25519"] },
  publicKey: { ...nullableString, description: "Raw 32-byte Ed25519 public key, base64url" },
  publicKeyPem: { ...nullableString, description: "The same key as SPKI PEM" },
  keyId: { ...nullableString, description: "Hex SHA-256 of the raw public key" },
  items: {
    type: "array",
    items: object({
      id: string,
      statement: {
        ...object({
          log: string,
          kind: { type: "string", enum: ["HOURLY", "ON_DEMAND"] },
          hourBucket: nullableString,
          rowCount: integer,
          headId: nullableString,
          headHash: string,
          signedAt: string,
          keyId: string,
        }),
        description:
          "What was signed: its RFC 8785 canonical JSON text is the Ed25519 message. The log's first `rowCount` rows, in id order, end in `headHash`.",
      },
      signature: { ...string, description: "Ed25519 signature, base64" },
    }),
  },
  nextCursor: { ...nullableString, description: "Pass as `cursor` for older checkpoints" },
});

const query = (name: string, description: string, schema: JsonSchema = string): JsonSchema => ({
  name,
  in: "query",
  required: false,
  schema,
  description,
});

export const AUDIT_PATHS: Record<string, Record<string, JsonSchema>> = {
  "/audit/events": {
    get: operation({
      tag: "Audit",
      access: "admins",
      summary: "The audit log, newest first, with each event's chain hashes",
      parameters: [
        query("actorId", "Only events by this user (id)", { type: "string", format: "uuid" }),
        query("entityType", "Only events on this kind of record (Claim, Source…)"),
        query("entityId", "Only events on this record"),
        query("from", "From this UTC day (YYYY-MM-DD), inclusive", {
          type: "string",
          format: "date",
        }),
        query("to", "To this UTC day (YYYY-MM-DD), inclusive", { type: "string", format: "date" }),
        query("cursor", "The previous page's `nextCursor` (keyset pagination)"),
      ],
      ok: {
        status: 200,
        description: "One page of events",
        schema: object({
          items: { type: "array", items: { type: "object" } },
          nextCursor: nullableString,
        }),
      },
    }),
  },
  "/audit/checkpoints": {
    get: operation({
      tag: "Audit",
      access: "anyone",
      summary: "Signed checkpoints of the hash-chained audit log, newest first",
      description:
        "Keep them: a later copy of the log whose first `rowCount` rows do not end in `headHash` was rewritten.",
      parameters: [
        {
          name: "cursor",
          in: "query",
          required: false,
          schema: { type: "string", pattern: "^[0-9]{1,18}$" },
          description: "The previous page's `nextCursor` (keyset pagination)",
        },
      ],
      ok: { status: 200, description: "One page of checkpoints", schema: checkpointPage },
    }),
    post: operation({
      tag: "Audit",
      access: "admins",
      summary: "Record a signed checkpoint now",
      description: "503 when the server has no audit signing key configured.",
      ok: { status: 201, description: "The new checkpoint's id", schema: object({ id: string }) },
      errors: [503],
    }),
  },
};
