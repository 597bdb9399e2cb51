// Cross-origin access to /api/v1 (applied to every route there by proxy.ts). Any web page may
// read the public API: reads answer `Access-Control-Allow-Origin: *`, and a preflight allows
// only GET and HEAD, so a browser never lets another site write. `*` also forbids the browser
// from sending cookies with a script's request, and the server does not rely on that alone: a
// request from another origin has its cookie and Authorization headers removed before any
// route sees it, so it is answered as to an anonymous visitor, with public data only.

export const READ_METHODS = ["GET", "HEAD"] as const;

/** Headers on every read of /api/v1. No Allow-Credentials: the API is anonymous cross-origin. */
export const CORS_READ_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
};

/** The answer to every preflight: reads only, with the headers a cache-aware reader sends. */
export const CORS_PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
  "Access-Control-Max-Age": "86400",
};

export function isReadMethod(method: string): boolean {
  return (READ_METHODS as readonly string[]).includes(method.toUpperCase());
}

function requestHost(headers: Headers): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "";
  return (host.split(",")[0] ?? "").trim().toLowerCase();
}

/**
 * Whether a browser sent this request on behalf of another site's page. Browsers say so in
 * Sec-Fetch-Site; older ones only send an Origin naming another host ("null" included).
 * Requests from scripts and tools carry neither and are not cross-origin.
 */
export function isCrossOrigin(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  try {
    return new URL(origin).host.toLowerCase() !== requestHost(headers);
  } catch {
    return true;
  }
}

/** The request's headers without the ones that could identify a member. */
export function withoutCredentials(headers: Headers): Headers {
  const stripped = new Headers(headers);
  stripped.delete("cookie");
  stripped.delete("authorization");
  return stripped;
}
