import { ZAuditQuery, ZCheckpointQuery } from "@/lib/audit/schemas";
import { queryParameters, ref, type JsonSchema } from "@/lib/public/openapi/schema-helpers";
import { operation } from "@/lib/public/openapi/operation";

// The audit log and its signed checkpoints (lib/audit/). Parameters are read off the routes'
// query schemas (lib/audit/schemas.ts).

const cursor = "The previous page's `nextCursor` (keyset pagination)";
const day = (description: string) => ({ description, format: "date" });

export const AUDIT_PATHS: Record<string, Record<string, JsonSchema>> = {
  "/audit/events": {
    get: operation({
      tag: "Audit",
      access: "admins",
      summary: "The audit log, newest first, with each event's chain hashes",
      parameters: queryParameters(ZAuditQuery, {
        actorId: { description: "Only events by this user (id)", format: "uuid" },
        entityType: "Only events on this kind of record (Claim, Source…)",
        entityId: "Only events on this record",
        from: day("From this UTC day (YYYY-MM-DD), inclusive"),
        to: day("To this UTC day (YYYY-MM-DD), inclusive"),
        cursor,
      }),
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
      parameters: queryParameters(ZCheckpointQuery, { cursor }),
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
