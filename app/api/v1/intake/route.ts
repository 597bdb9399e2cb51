import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { SOURCE_BODY_MAX_BYTES } from "@/lib/forms/query";
import { createIntake, submitIntake } from "@/lib/intake/create-intake";

/**
 * Creates an intake (analyst and above): the source with its captured copy (or the stored
 * one) and the ticked candidates as DRAFT claims or citations on existing claims, in one
 * transaction. 201 when anything was written, 200 when it was all already there (a repeat).
 * With an `Idempotency-Key` header, a repeat of the key gets the first answer again.
 */
export const POST = defineRoute({
  access: createIntake.action,
  body: ZMutationBody,
  maxBodyBytes: SOURCE_BODY_MAX_BYTES,
  async handle({ request, user, body }) {
    // The `Idempotency-Key` header names this submission; a repeat of it is answered with
    // the first answer and the same status, marked `Idempotent-Replayed: true`.
    const key = request.headers.get("idempotency-key");
    const { result, replayed } = await submitIntake(
      user,
      key === null ? body : { ...body, idempotencyKey: key },
    );
    const wrote = result.sourceCreated || result.items.some((i) => i.created);
    return NextResponse.json(result, {
      status: wrote ? 201 : 200,
      headers: replayed ? { "Idempotent-Replayed": "true" } : {},
    });
  },
});
