const PLACEHOLDER_ORIGIN = "http://local.invalid";

/**
 * Where to go after signing in: a path on this site, never another origin. Resolving against
 * a placeholder origin catches every form that browsers would treat as off-site ("//x",
 * "/\x", "https://x", "javascript:…").
 */
export function safeCallback(
  callbackUrl: string | null | undefined,
  fallback = "/dashboard",
): string {
  if (!callbackUrl) return fallback;
  try {
    const url = new URL(callbackUrl, PLACEHOLDER_ORIGIN);
    if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
