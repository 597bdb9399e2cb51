import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { MutationContext } from "@/lib/mutation";

// Idempotency keys for article intake, after the IETF HTTP API draft "The Idempotency-Key
// HTTP Header Field" (draft-ietf-httpapi-idempotency-key-header): the client names one
// logical submission with a key; the first request with it does the work and its answer is
// kept; any later request with the key (a double click, a retry after a timeout, a second
// submit racing the first) gets that answer and writes nothing. Keys are per user.
//
// Concurrency: the key row is inserted first thing in the intake's transaction. Two
// concurrent submits with one key meet at the unique index ("userId", "key"): the second
// INSERT waits until the first transaction ends, then finds the row (ON CONFLICT DO NOTHING)
// and is answered with the first's result; if the first rolled back, the second proceeds.

/** Thrown inside the transaction when the key was used before: it rolls back, nothing written. */
export class IntakeReplay<T> extends Error {
  constructor(readonly result: T) {
    super("This intake was already submitted with this idempotency key.");
    this.name = "IntakeReplay";
  }
}

/** Hex SHA-256 of a parsed request (JSON of the zod output: its key order is the schema's). */
export function requestHash(request: unknown): string {
  return createHash("sha256").update(JSON.stringify(request)).digest("hex");
}

/**
 * Claims `key` for this user and request, inside the intake's transaction, and returns the
 * claim's id (to store the answer under with `keepAnswer`). When the key is taken, throws
 * IntakeReplay with the first answer, or CONFLICT naming `idempotencyKey` when the first
 * request was a different one (the draft's "key reused with another payload").
 */
export async function claimKey<T>(
  ctx: MutationContext,
  key: string,
  hash: string,
): Promise<string> {
  const inserted = await ctx.tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "IntakeRequest" ("id", "userId", "key", "bodySha256")
    VALUES (gen_random_uuid(), ${ctx.user.id}::uuid, ${key}, ${hash})
    ON CONFLICT ("userId", "key") DO NOTHING
    RETURNING "id"::text AS id`;
  if (inserted[0]) return inserted[0].id;
  const first = await ctx.tx.intakeRequest.findUnique({
    where: { userId_key: { userId: ctx.user.id, key } },
    select: { bodySha256: true, result: true },
  });
  if (!first || first.result === null) {
    throw new AppError("CONFLICT", "This intake is still being created; try again in a moment.", {
      idempotencyKey: "A request with this key is still running",
    });
  }
  if (first.bodySha256 !== hash) {
    throw new AppError(
      "CONFLICT",
      "This idempotency key was already used for a different intake. Use a new key for new work.",
      { idempotencyKey: "Already used for a different intake" },
    );
  }
  throw new IntakeReplay(first.result as T);
}

/** Stores the answer under a claimed key, in the same transaction as the work. */
export async function keepAnswer(ctx: MutationContext, id: string, result: object): Promise<void> {
  await ctx.tx.intakeRequest.update({ where: { id }, data: { result } });
}
