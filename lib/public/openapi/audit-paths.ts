import { ref, string, type JsonSchema } from "@/lib/public/openapi/schema-helpers";
import { operation } from "@/lib/public/openapi/operation";

// The audit log's signed checkpoints (lib/audit/).

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
        schema: ref("AuditEventPage"),
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
      ok: { status: 200, description: "One page of checkpoints", schema: ref("CheckpointPage") },
    }),
    post: operation({
      tag: "Audit",
      access: "admins",
      summary: "Record a signed checkpoint now",
      description: "503 when the server has no audit signing key configured.",
      ok: { status: 201, description: "The new checkpoint's id", schema: ref("CheckpointCreated") },
      errors: [503],
    }),
  },
};
