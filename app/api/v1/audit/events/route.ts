import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { ZAuditQuery } from "@/lib/audit/schemas";

/**
 * The audit log, newest first (admins): `?actorId=&entityType=&entityId=&from=&to=&cursor=`
 * (dates YYYY-MM-DD, UTC, inclusive; `cursor` is the `nextCursor` of the previous page).
 * Each event carries its chain hashes, so a copy can be checked with the published checkpoints.
 */
export const GET = defineRoute({
  access: "audit.read",
  query: ZAuditQuery,
  handle: async ({ user, query }) => NextResponse.json(await listAuditEvents(user, query)),
});
