// Cross-site request forgery, refused at the root: a state-changing request that a browser
// could have sent with the member's cookie must say it came from this site. Browsers name
// the page's origin in `Origin` on every cross-origin POST/PATCH/DELETE (and Sec-Fetch-Site
// since 2020-23); a sibling subdomain or another port is another origin, even though it is the
// same "site" for SameSite cookies, which is why SameSite=Lax alone does not protect us.
//
// Rules (OWASP CSRF cheat sheet, "verifying origin with standard headers"):
//   - Origin present: its host must be this request's Host ("null" never matches);
//   - Origin absent, Sec-Fetch-Site present: it must be "same-origin";
//   - both absent: not a browser (a browser sends Origin on every cross-origin write), so
//     there is no ambient credential to abuse: allowed, like a bearer-token request.
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
  return true;
}

/** Whether the request carries a personal API token rather than a cookie. */
export function hasBearerToken(headers: Headers): boolean {
  return /^Bearer\b/i.test(headers.get("authorization") ?? "");
}
