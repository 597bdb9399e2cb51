import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi } from "@/lib/api/respond";
import { requestCheckpoint } from "@/lib/audit/checkpoints";
import { listCheckpoints } from "@/lib/audit/list-checkpoints";
import { authorize } from "@/lib/mutation";

/**
 * Signed checkpoints of the audit log, newest first (public): `{ algorithm, publicKey,
 * publicKeyPem, keyId, items: [{ id, statement, signature }], nextBefore }`; `?before=<id>`
 * pages back. A third party keeps them and can later prove the log was not rewritten.
 */
export function GET(request: Request) {
  return handleApi(async () => {
    const before = new URL(request.url).searchParams.get("before");
    return NextResponse.json(await listCheckpoints({ before }));
  });
}

/** Records a checkpoint now (admins). 201 with `{ id }`; 503 when no signing key is set. */
export function POST() {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, requestCheckpoint.action);
    return NextResponse.json(await requestCheckpoint.execute(user, {}), { status: 201 });
  });
}
