// A source is stored once per page, so two spellings of the same address must become one
// string before the uniqueness check. Only changes that cannot point at a different page are
// made: scheme and host are case-insensitive, a default port and a fragment never reach the
// server, `utm_*` parameters only tell the site where a reader came from, and a trailing
// slash is, on news sites, the same page. Equivalent spellings fold as RFC 3986 §6.2.2 says:
// a percent-encoded unreserved character is that character ("%7e", "%7E" and "~" are one,
// as are "%31" and "1"), other percent-encodings are upper-cased, and a fully qualified host
// name's final dot ("example.org.") is dropped. Path case and the order of the other
// parameters are kept: either may matter to the site.

export const SOURCE_URL_MAX = 2048;

export type NormalizedUrl =
  { ok: true; url: string } | { ok: false; reason: "invalid" | "scheme" | "credentials" };

const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

/** Parses an address typed by a person; only absolute http(s) URLs are accepted. */
export function normalizeSourceUrl(raw: string): NormalizedUrl {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { ok: false, reason: "scheme" };
  }
  if (!parsed.hostname) return { ok: false, reason: "invalid" };
  if (parsed.username || parsed.password) return { ok: false, reason: "credentials" };

  // The URL parser already lower-cases the scheme and host and drops a default port; the
  // port check stays explicit so the rule does not rest on a parser detail.
  const port =
    parsed.port && parsed.port !== DEFAULT_PORTS[parsed.protocol] ? `:${parsed.port}` : "";
  const host = parsed.hostname.toLowerCase().replace(/\.$/, "");
  if (!host) return { ok: false, reason: "invalid" };
  const path = foldPercentEncoding(parsed.pathname).replace(/\/+$/, "");
  const query = keptQuery(foldPercentEncoding(parsed.search));
  return { ok: true, url: `${parsed.protocol}//${host}${port}${path}${query}` };
}

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** "%7e" → "~", "%31" → "1", "%2f" → "%2F": one spelling per character (RFC 3986 §6.2.2). */
function foldPercentEncoding(part: string): string {
  return part.replace(/%([0-9a-fA-F]{2})/g, (_match, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

/** The query without `utm_*` parameters; the others keep their spelling and order. */
function keptQuery(search: string): string {
  const kept = search
    .replace(/^\?/, "")
    .split("&")
    .filter((pair) => pair !== "" && !/^utm_/i.test(decodeKey(pair)));
  return kept.length > 0 ? `?${kept.join("&")}` : "";
}

function decodeKey(pair: string): string {
  const key = pair.split("=", 1)[0] ?? "";
  try {
    return decodeURIComponent(key.replaceAll("+", " "));
  } catch {
    return key;
  }
}
