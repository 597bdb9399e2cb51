// @ts-check
// The security headers every response carries, declared once: next.config.js sends them on
// every route, and proxy.ts on the answers it makes itself (undecodable paths, refused
// cross-site Server Actions), which never reach a route.

/** @param {boolean} isProduction */
export function securityHeaders(isProduction) {
  // Next.js injects small inline scripts for hydration, so script-src keeps 'unsafe-inline'
  // (a nonce would make every page dynamic). 'unsafe-eval' is only needed by the development
  // server's React Refresh and never sent in production.
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(isProduction
      ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
      : []),
  ];
}
