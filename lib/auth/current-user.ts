import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { sessionUser } from "@/lib/auth/sessions";
import type { SessionUser } from "@/lib/auth/session-user";
import { findUserByApiToken } from "@/lib/api-tokens/find-user-by-api-token";
import { isRecordId } from "@/lib/ids";
import { setRequestTimeZone } from "@/lib/dates/request-time-zone";

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The signed-in user for this request, or null. Read from the database every time (once per
 * request, thanks to `cache`), so a role change, a deactivation or a sign-out applies at the
 * next request: the session cookie names a server-side session (lib/auth/sessions.ts) that
 * must still be open.
 *
 * A request with `Authorization: Bearer <token>` (a script using a personal API token) is
 * that token's owner, and only that: an unknown or revoked token is "not signed in" even if a
 * session cookie came along, so a script never silently runs as someone else.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const authorization = (await headers()).get("authorization");
  if (authorization !== null && /^Bearer\b/i.test(authorization)) {
    const token = BEARER.exec(authorization)?.[1];
    return token ? findUserByApiToken(token) : null;
  }

  const session = await getServerSession(authOptions());
  const sessionId = session?.sessionId;
  if (!sessionId || !isRecordId(sessionId)) return null;
  const user = await sessionUser(sessionId);
  if (!user || user.id !== session.userId) return null;
  // The times on this member's pages are shown in their own zone (components/ui/timestamp).
  if (user.timeZone) setRequestTimeZone(user.timeZone);
  return user;
});
