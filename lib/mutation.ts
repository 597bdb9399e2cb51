import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, type Action } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAuditEvents, type AuditInput } from "@/lib/audit/record-audit-event";
import { invalidatePublicContent } from "@/lib/cache/public-content";
import { ALL_PUBLIC_TAG, PUBLIC_CONTENT_TAG } from "@/lib/cache/tags";
import { AppError, fieldErrorsFrom, forbidden, invalid, unauthorized } from "@/lib/errors";
import { findUnstorable } from "@/lib/forms/text";

// The one guarded path for every write, from a page or the API alike:
//   1. a signed-in user is required,            → 401
//   2. the policy must allow the action,         → 403 (before validation: a refused role
//                                                   learns nothing about the input rules)
//   3. the input must pass its zod schema,       → 400 with a message per field (text
//                                                   PostgreSQL cannot store is refused first)
//   4. the change and its audit event commit in one transaction.

/**
 * Appends to the audit chain are serialised (lib/audit/record-audit-event.ts), so under a
 * burst a mutation may queue for a connection and for the chain; Prisma's defaults (2 s to
 * start, 5 s in all) would refuse work that is merely waiting its turn.
 */
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 20_000 } as const;

export interface MutationContext {
  tx: Tx;
  user: SessionUser;
  audit: (event: AuditInput) => Promise<void>;
}

export interface Mutation<TInput, TResult> {
  action: Action;
  execute(user: SessionUser | null, input: unknown): Promise<TResult>;
  /** Phantom field so callers can name the parsed input type. */
  readonly _input?: TInput;
}

/** Steps 1 and 2 alone, for callers that must refuse before even reading the input. */
export function authorize(user: SessionUser | null, action: Action): asserts user is SessionUser {
  if (!user) throw unauthorized();
  if (!can(user.role, action)) throw forbidden();
}

export function defineMutation<S extends z.ZodType, TResult>(definition: {
  action: Action;
  input: S;
  /**
   * The change can alter what the public sees: on commit, drop the cached public content
   * carrying the tags this returns (lib/cache/tags.ts), or, for `true`, all of it.
   */
  changesPublicContent?:
    true | ((tx: Tx, input: z.output<S>, result: TResult) => Promise<string[]>);
  run(ctx: MutationContext, input: z.output<S>): Promise<TResult>;
}): Mutation<z.output<S>, TResult> {
  return {
    action: definition.action,
    async execute(user, rawInput) {
      authorize(user, definition.action);
      // Text PostgreSQL cannot store is refused by name, whatever the schema says of it.
      const unstorable = findUnstorable(rawInput);
      if (unstorable) {
        throw invalid({ [unstorable.path]: `This value ${unstorable.reason}` });
      }
      const parsed = definition.input.safeParse(rawInput);
      if (!parsed.success) throw invalid(fieldErrorsFrom(parsed.error));

      try {
        return await db.$transaction(async (tx) => {
          // Audit events are appended after the change, so the audit chain's lock is the last
          // lock the transaction takes and is held only until commit (no lock-order cycles).
          const events: AuditInput[] = [];
          const ctx: MutationContext = {
            tx,
            user,
            audit: (event) => {
              events.push(event);
              return Promise.resolve();
            },
          };
          const result = await definition.run(ctx, parsed.data);
          if (events.length === 0) {
            throw new Error(`Mutation ${definition.action} wrote no audit event`);
          }
          await recordAuditEvents(tx, user.id, events);
          const changes = definition.changesPublicContent;
          if (changes) {
            const tags =
              changes === true
                ? [ALL_PUBLIC_TAG, PUBLIC_CONTENT_TAG]
                : await changes(tx, parsed.data, result);
            await invalidatePublicContent(tx, tags);
          }
          return result;
        }, TRANSACTION_LIMITS);
      } catch (error) {
        throw translatePrismaError(error);
      }
    },
  };
}

/** Known database refusals become typed errors; recognised by code, never by message. */
export function translatePrismaError(error: unknown): unknown {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  const target = (error.meta?.target ?? error.meta?.field_name) as string[] | string | undefined;
  const field = Array.isArray(target) ? target.join(".") : (target ?? "_");
  switch (error.code) {
    case "P2002":
      return new AppError("CONFLICT", "A record with this value already exists.", {
        [field]: "This value is already taken.",
      });
    case "P2003":
      return invalid({ [field]: "This refers to a record that does not exist." });
    case "P2025":
      return new AppError("NOT_FOUND", "Record not found.");
    case "P2034":
      // A write conflict or deadlock PostgreSQL resolved by aborting this transaction:
      // nothing of it was written, so the caller may reload and try again.
      return new AppError(
        "CONFLICT",
        "Someone else changed this record at the same moment. Nothing was saved; reload and try again.",
      );
    default:
      return error;
  }
}
