import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi } from "@/lib/api/respond";
import { authorize } from "@/lib/mutation";
import { listAuditEvents, parseAuditQuery } from "@/lib/audit/list-audit-events";

/**
 * The audit log, newest first (admins): `?actorId=&entityType=&entityId=&from=&to=&before=`
 * (dates YYYY-MM-DD, UTC, inclusive; `before` is the `nextBefore` of the previous page).
 * Each event carries its chain hashes, so a copy can be checked with the published checkpoints.
 */
export function GET(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, "audit.read");
    const query = parseAuditQuery(new URL(request.url).searchParams);
    return NextResponse.json(await listAuditEvents(user, query));
  });
}
