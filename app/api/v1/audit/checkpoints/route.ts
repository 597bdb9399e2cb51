import { z } from "zod";
import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { requestCheckpoint } from "@/lib/audit/checkpoints";
import { listCheckpoints } from "@/lib/audit/list-checkpoints";
import { ZCheckpointQuery } from "@/lib/audit/schemas";

/**
 * Signed checkpoints of the audit log, newest first (public): `{ algorithm, publicKey,
 * publicKeyPem, keyId, items: [{ id, statement, signature }], nextCursor }`; `?cursor=<nextCursor>`
 * pages back. A third party keeps them and can later prove the log was not rewritten.
 */
export const GET = defineRoute({
  query: ZCheckpointQuery,
  handle: async ({ query }) => NextResponse.json(await listCheckpoints(query)),
});

/** Records a checkpoint now (admins). 201 with `{ id }`; 503 when no signing key is set. */
export const POST = defineRoute({
  access: requestCheckpoint.action,
  body: z.object({}).strict(),
  bodyOptional: true,
  handle: async ({ user }) =>
    NextResponse.json(await requestCheckpoint.execute(user, {}), { status: 201 }),
});
