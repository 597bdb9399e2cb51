import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { requestOrigin } from "@/lib/admin/request-origin";
import { openSession } from "@/lib/auth/sessions";

// Signing someone in without the sign-in form, for the one case where they have just proved
// who they are another way: accepting an invitation (they hold the single-use link and have
// just chosen their password). The cookie is exactly what next-auth's own sign-in would set:
// a JWT encrypted with the same secret, naming a fresh server-side session
// (lib/auth/options.ts), so it is read, revoked and expired like any other.

const SESSION_COOKIE = "next-auth.session-token";

/**
 * Opens a server-side session for `user` and sets the session cookie on the current
 * response. For Server Actions and route handlers only (it writes a cookie). The cookie is
 * `Secure` and `__Secure-` prefixed when the site is reached over HTTPS, as next-auth does.
 */
export async function openBrowserSession(
  user: { id: string; email: string; name: string },
  maxAgeSeconds: number,
): Promise<void> {
  const sid = await openSession(user.id, maxAgeSeconds);
  const token = await encode({
    token: { sub: user.id, sid, name: user.name, email: user.email },
    secret: authSecret(),
    maxAge: maxAgeSeconds,
  });
  const secure = (await requestOrigin()).startsWith("https://");
  (await cookies()).set(secure ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge: maxAgeSeconds,
  });
}
