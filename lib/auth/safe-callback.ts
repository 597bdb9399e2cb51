const PLACEHOLDER_ORIGIN = "http://local.invalid";

/**
 * Where to go after signing in: a path on this site, never another origin. The value is
 * resolved against the app's `origin` (a placeholder when unknown) as a browser would, so
 * "//x", "/\x", "https://x", "javascript:…", tabs and newlines inside, and percent-encoded
 * forms are judged by where they really lead. The result must also read as a path on this
 * site when resolved again: "/..//x" resolves to "//x", which a browser takes for another
 * host. Anything else, malformed included, is `fallback`.
 */
export function safeCallback(
  callbackUrl: string | null | undefined,
  fallback = "/dashboard",
  origin: string = PLACEHOLDER_ORIGIN,
): string {
  if (!callbackUrl) return fallback;
  try {
    const base = new URL(origin);
    const url = new URL(callbackUrl, base);
    if (url.origin !== base.origin) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
    if (new URL(path, base).origin !== base.origin) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
