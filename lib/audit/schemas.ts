import { z } from "zod";
import { optionalDate } from "@/lib/forms/fields";
import { text } from "@/lib/forms/text";

// The audit log's query schemas, apart from their database queries so that the OpenAPI
// document (lib/public/openapi/audit-paths.ts) reads its parameters off them.

const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);

/** Filters of the audit log: by user, by record, by date (UTC days, inclusive). */
export const ZAuditQuery = z
  .object({
    actorId: z.preprocess(
      emptyToUndefined,
      z.uuid({ error: "Choose a user from the list" }).optional(),
    ),
    entityType: z.preprocess(emptyToUndefined, text("The record type", 100).optional()),
    entityId: z.preprocess(emptyToUndefined, text("The record id", 200).optional()),
    from: optionalDate("the first day"),
    to: optionalDate("the last day"),
    cursor: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d{1,18}$/, "Not a page of the audit log")
        .optional(),
    ),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ["to"],
    error: "The last day must not be before the first day",
  });
export type TAuditQuery = z.output<typeof ZAuditQuery>;

/** `?cursor=<id>`: the `nextCursor` of the previous page (keyset pagination by id). */
export const ZCheckpointQuery = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, "Not a page of the checkpoints")
    .optional(),
});
