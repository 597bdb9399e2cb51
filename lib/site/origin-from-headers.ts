// A host name with an optional port; anything else in the header is not trusted into a link.
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * This site's origin as a request with these headers reached it ("https://claimwatch.example");
 * behind a proxy, its X-Forwarded-Host/-Proto. An empty string (a relative link) when the
 * headers do not name a plausible host. Shared by the pages (lib/admin/request-origin.ts)
 * and proxy.ts, which puts it in the address of a cached page.
 */
export function originFromHeaders(h: Headers): string {
  const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "").split(",")[0]?.trim() ?? "";
  const forwarded = (h.get("x-forwarded-proto") ?? "").split(",")[0]?.trim().toLowerCase();
  const proto = forwarded === "https" || forwarded === "http" ? forwarded : "http";
  return HOST.test(host) ? `${proto}://${host}` : "";
}

/** Whether `origin` is one `originFromHeaders` could have returned. */
export function isPlausibleOrigin(origin: string): boolean {
  const match = /^https?:\/\/(.+)$/.exec(origin);
  return match !== null && HOST.test(match[1] ?? "");
}
