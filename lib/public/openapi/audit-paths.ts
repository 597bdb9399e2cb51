import { ref, type JsonSchema } from "@/lib/public/openapi/schema-helpers";
import { operation } from "@/lib/public/openapi/operation";

// The audit log and its signed checkpoints (lib/audit/). The query schemas (ZAuditQuery,
// ZCheckpointQuery) sit beside their database queries, which the document must not load, so
// the parameters are written here; test/data/openapi-parameters.test.ts holds them to those.

const query = (name: string, description: string, schema: JsonSchema): JsonSchema => ({
  name,
  in: "query",
  required: false,
  schema,
  description,
});
const uuid = { type: "string", format: "uuid" };
const day = { type: "string", format: "date" };
const cursor = query("cursor", "The previous page's `nextCursor` (keyset pagination)", {
  type: "string",
  pattern: "^\\d{1,18}$",
});

export const AUDIT_PATHS: Record<string, Record<string, JsonSchema>> = {
  "/audit/events": {
    get: operation({
      tag: "Audit",
      access: "admins",
      summary: "The audit log, newest first, with each event's chain hashes",
      parameters: [
        query("actorId", "Only events by this user (id)", uuid),
        query("entityType", "Only events on this kind of record (Claim, Source…)", {
          type: "string",
          maxLength: 100,
        }),
        query("entityId", "Only events on this record", { type: "string", maxLength: 200 }),
        query("from", "From this UTC day (YYYY-MM-DD), inclusive", day),
        query("to", "To this UTC day (YYYY-MM-DD), inclusive", day),
        cursor,
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
      parameters: [cursor],
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
