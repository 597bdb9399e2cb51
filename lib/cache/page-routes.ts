import { SEARCH_PAGE_NAMES } from "@/lib/claims/filters";
import { isRecordId } from "@/lib/ids";

// Which requests get a whole page from the full route cache, and which cached route serves
// them. proxy.ts rewrites them to app/cached/[origin]/…: routes that read neither cookies
// nor the query string, so Next renders each address once and serves the stored HTML and
// RSC payload until a change drops the tags of the reads it was rendered from
// (lib/cache/tags.ts). Only a visit without a session (no next-auth session cookie, no
// Bearer token) goes there: members' requests reach the dynamic routes, which show them the
// working copies and the member part of the header. The cached pages are for readers, who
// need no script: cache-handler.mjs stores them without one (a reader's page loads no
// JavaScript at all), and every link on them is a plain link to another cached page.

/** What cached pages tell browsers and shared caches: keep, but ask again before each use. */
export const CACHED_PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/**
 * The prefix of the cached routes. A request may name one directly (Next's client router
 * does, having been told the path a page was rewritten to); it gets the same public page.
 */
export const CACHED_PREFIX = "/cached/";

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;
/** Query parameters the client router adds to an address; they do not change the page. */
const ROUTER_PARAMS = new Set(["_rsc"]);
const FILTERS = new Set<string>(SEARCH_PAGE_NAMES);

export interface PageRequest {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  cookieNames: string[];
  hasAuthorization: boolean;
  /** This site's origin as the request reached it, or "" (see lib/site/origin-from-headers). */
  origin: string;
}

/** Whether a request with cookies of these names carries a next-auth session. */
export function hasSessionCookie(cookieNames: string[]): boolean {
  return cookieNames.some((n) => SESSION_COOKIE.test(n));
}

/** The cached route serving this request, or null for the ordinary (dynamic) route. */
export function cachedPagePath(request: PageRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const params = [...request.searchParams.keys()].filter((k) => !ROUTER_PARAMS.has(k));
  const base = `${CACHED_PREFIX}${request.origin ? Buffer.from(request.origin).toString("base64url") : "-"}`;
  const parts = request.pathname.split("/").slice(1);

  const signedIn = request.hasAuthorization || hasSessionCookie(request.cookieNames);
  if (signedIn) return null;
  if (request.pathname === "/") return params.length === 0 ? base : null;
  if (request.pathname === "/claims") {
    const query = searchKey(request.searchParams, params);
    return query === null ? null : `${base}/search/${query}`;
  }
  if (params.length > 0 || parts.length !== 2) return null;
  const [section, id = ""] = parts;
  if ((section === "claims" || section === "actors" || section === "sources") && isRecordId(id)) {
    return `${base}/${section}/${id}`;
  }
  if (section === "topics" && id !== "") return `${base}/topics/${id}`;
  return null;
}

/**
 * The first page of a search as one path segment (base64url of its filters, in a fixed
 * order), or null when the request is not one: a cursor, an old `page`, an unknown or
 * repeated parameter goes to the dynamic route, which explains what is wrong with it.
 */
function searchKey(searchParams: URLSearchParams, names: string[]): string | null {
  if (names.some((n) => !FILTERS.has(n)) || new Set(names).size !== names.length) return null;
  const canonical = new URLSearchParams();
  for (const name of SEARCH_PAGE_NAMES) {
    const value = searchParams.get(name);
    if (value !== null) canonical.set(name, value);
  }
  const query = canonical.toString();
  return query === "" ? "all" : `q-${Buffer.from(query).toString("base64url")}`;
}

/** The origin named by the first segment of a cached route ("" for none). */
export function originOf(segment: string): string {
  return segment === "-" ? "" : Buffer.from(segment, "base64url").toString();
}

/** The filters of a search segment written by `cachedPagePath`, as strings; null if forged. */
export function searchValues(segment: string): Record<string, string> | null {
  if (segment === "all") return {};
  if (!segment.startsWith("q-")) return null;
  const params = new URLSearchParams(Buffer.from(segment.slice(2), "base64url").toString());
  const values: Record<string, string> = {};
  for (const [name, value] of params) {
    if (!FILTERS.has(name)) return null;
    values[name] = value;
  }
  return values;
}
