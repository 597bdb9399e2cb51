import { NextResponse, type NextRequest } from "next/server";
import {
  CORS_PREFLIGHT_HEADERS,
  CORS_READ_HEADERS,
  isCrossOrigin,
  isReadMethod,
  withoutCredentials,
} from "@/lib/api/cors";
import { isSameOriginWrite } from "@/lib/api/same-origin";
import { malformedActionBody } from "@/lib/api/server-action-body";
import {
  CACHED_PAGE_CACHE_CONTROL,
  cachedPagePath,
  hasSessionCookie,
} from "@/lib/cache/page-routes";
import { MEMBER_HINT_COOKIE } from "@/lib/auth/member-hint";
import { originFromHeaders } from "@/lib/site/origin-from-headers";
import { env } from "@/lib/env";
import { securityHeaders } from "@/lib/security-headers.mjs";
import { RETURN_TO_HEADER } from "@/lib/auth/return-to";

// What must hold before any route runs, in one place:
//   - a path whose percent-encoding does not decode is "not found" (404: the JSON error shape
//     under /api, the not-found page elsewhere), never a 500;
//   - a Server Action posted from another origin is refused with 403 (Next.js itself would
//     throw, answering 500), and one whose body Next could not decode with 400
//     (lib/api/server-action-body.ts);
//   - public pages served whole from the cache go to their cached routes
//     (lib/cache/page-routes.ts);
//   - CORS for the JSON API (lib/api/cors.ts says why it is shaped this way). Writes pass
//     through untouched and get no CORS headers; the route layer refuses cross-site ones.

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function withSecurityHeaders(response: NextResponse): NextResponse {
  for (const { key, value } of securityHeaders(env().NODE_ENV === "production")) {
    response.headers.set(key, value);
  }
  return response;
}

function apiError(status: number, code: string, message: string): NextResponse {
  return withSecurityHeaders(NextResponse.json({ error: { code, message } }, { status }));
}

/**
 * Keeps the header's hint cookie (lib/auth/member-hint.ts) in step with the session cookie on
 * a page's response; the cached HTML is the same for everyone, the cookie rides beside it.
 */
function withMemberHint(request: NextRequest, response: NextResponse): NextResponse {
  const session = hasSessionCookie(request.cookies.getAll().map((c) => c.name));
  const hinted = request.cookies.has(MEMBER_HINT_COOKIE);
  if (session && !hinted) {
    response.cookies.set(MEMBER_HINT_COOKIE, "1", { path: "/", sameSite: "lax" });
  } else if (!session && hinted) {
    response.cookies.delete(MEMBER_HINT_COOKIE);
  }
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");

  if (!decodes(pathname)) {
    if (isApi) return apiError(404, "NOT_FOUND", "Nothing is found at this address.");
    // A path that names no page: Next renders app/not-found.tsx with status 404.
    const nowhere = new URL("/_not-found-undecodable", request.url);
    return withSecurityHeaders(NextResponse.rewrite(nowhere));
  }

  const cached = cachedPagePath({
    method: request.method,
    pathname,
    searchParams: request.nextUrl.searchParams,
    cookieNames: request.cookies.getAll().map((c) => c.name),
    hasAuthorization: request.headers.has("authorization"),
    origin: originFromHeaders(request.headers),
  });
  if (cached) {
    // The query stays (the router's `_rsc`, a search's filters): the cached routes never read
    // it, and Next keys the full route cache by path.
    const target = request.nextUrl.clone();
    target.pathname = cached;
    const response = NextResponse.rewrite(target);
    // Next would let shared caches keep the page for a year, beyond the reach of the
    // invalidations: a CDN in front must ask again each time (cheap: the page is cached here).
    response.headers.set("Cache-Control", CACHED_PAGE_CACHE_CONTROL);
    return withMemberHint(request, response);
  }

  if (request.method === "POST" && request.headers.has("next-action")) {
    if (!isSameOriginWrite(request.headers, env().CLAIMWATCH_PUBLIC_URL)) {
      return withSecurityHeaders(
        new NextResponse("Cross-site requests cannot change anything here.", {
          status: 403,
          headers: { "Content-Type": "text/plain; charset=utf-8" },
        }),
      );
    }
    const malformed = await malformedActionBody(request);
    if (malformed) {
      return withSecurityHeaders(
        new NextResponse(malformed, {
          status: 400,
          headers: { "Content-Type": "text/plain; charset=utf-8" },
        }),
      );
    }
    return NextResponse.next();
  }

  if (!pathname.startsWith("/api/")) {
    // The page's own address with its query, for a sign-in that must come back to it
    // (lib/auth/require-user.ts); set here, so a client cannot choose it.
    const headers = new Headers(request.headers);
    headers.set(RETURN_TO_HEADER, `${pathname}${request.nextUrl.search}`);
    return withMemberHint(request, NextResponse.next({ request: { headers } }));
  }
  if (!pathname.startsWith("/api/v1/") && pathname !== "/api/v1") return NextResponse.next();
  if (request.method === "OPTIONS") {
    return new NextResponse(null, { status: 204, headers: CORS_PREFLIGHT_HEADERS });
  }
  if (!isReadMethod(request.method)) return NextResponse.next();
  const response = isCrossOrigin(request.headers)
    ? NextResponse.next({ request: { headers: withoutCredentials(request.headers) } })
    : NextResponse.next();
  for (const [name, value] of Object.entries(CORS_READ_HEADERS)) {
    response.headers.set(name, value);
  }
  return response;
}

// Every path but Next's own static files, which are never decoded into a route.
export const config = { matcher: "/((?!_next/static|_next/image).*)" };
