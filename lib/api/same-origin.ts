// Cross-site request forgery, refused at the root: a state-changing request that a browser
// could have sent with the member's cookie must say it came from this site. Browsers name
// the page's origin in `Origin` on every cross-origin POST/PATCH/DELETE (and Sec-Fetch-Site
// since 2020-23); a sibling subdomain or another port is another origin, even though it is the
// same "site" for SameSite cookies, which is why SameSite=Lax alone does not protect us.
//
// Rules (OWASP CSRF cheat sheet, "verifying origin with standard headers"):
//   - Origin present: its host must be this request's Host ("null" never matches);
//   - Origin absent, Sec-Fetch-Site present: it must be "same-origin";
//   - both absent: refused when the request carries a session cookie (ASVS 2 asks every
//     cookie-authenticated write to prove its origin; a client that sends neither header has
//     nothing to prove it with), allowed without one, since then there is no ambient
//     credential to abuse (next-auth's own sign-in form is guarded by its CSRF token).
// Bearer-token requests are exempt: a browser never attaches a token by itself.

export const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function hostOf(headers: Headers): string {
  return (headers.get("host") ?? "").trim().toLowerCase();
}

/**
 * Whether a request with these headers may change state with the cookie it carries.
 * `publicOrigin` (CLAIMWATCH_PUBLIC_URL) is accepted too, for a proxy that rewrites Host.
 */
export function isSameOriginWrite(headers: Headers, publicOrigin?: string): boolean {
  const origin = headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return false;
    try {
      const url = new URL(origin);
      if (publicOrigin !== undefined && url.origin === publicOrigin) return true;
      return url.host.toLowerCase() === hostOf(headers);
    } catch {
      return false;
    }
  }
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  return !carriesSessionCookie(headers);
}

// next-auth's session cookie: `next-auth.session-token`, `__Secure-` prefixed over HTTPS, and
// split into `.0`, `.1`… chunks when large.
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

/** Whether the request sends the member's session cookie (its ambient credential). */
export function carriesSessionCookie(headers: Headers): boolean {
  return SESSION_COOKIE.test(headers.get("cookie") ?? "");
}

/** Whether the request carries a personal API token rather than a cookie. */
export function hasBearerToken(headers: Headers): boolean {
  return /^Bearer\b/i.test(headers.get("authorization") ?? "");
}
