import { z } from "zod";

/** `NAME=` in a .env file means "not set", not "set to nothing". */
const unsetIfBlank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

// The one place that reads process.env (lint forbids it elsewhere). Parsed lazily so that
// importing a module never fails; the first real use reports every missing setting at once.
const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is not set" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    NEXTAUTH_SECRET: z
      .string()
      .min(32, "NEXTAUTH_SECRET must be at least 32 characters")
      .optional(),
    CLAIMWATCH_DEMO: z.enum(["0", "1"]).optional(),
    /** Who publishes the fact checks: the `author` of ClaimReview markup and feeds. */
    CLAIMWATCH_ORG_NAME: z.preprocess(unsetIfBlank, z.string().trim().default("Claimwatch")),
    /** The public origin for absolute links; without it, taken from the request's headers. */
    CLAIMWATCH_PUBLIC_URL: z.preprocess(
      unsetIfBlank,
      z
        .url({ protocol: /^https?$/, error: "CLAIMWATCH_PUBLIC_URL must be an http(s) URL" })
        .transform((u) => new URL(u).origin)
        .optional(),
    ),
    /** Ed25519 private key (PKCS#8 PEM) that signs audit checkpoints; kept out of the database. */
    CLAIMWATCH_AUDIT_SIGNING_KEY: z.preprocess(unsetIfBlank, z.string().optional()),
    /** A file holding that key instead (e.g. a mounted secret). */
    CLAIMWATCH_AUDIT_SIGNING_KEY_FILE: z.preprocess(unsetIfBlank, z.string().optional()),
    /**
     * Proxies whose X-Forwarded-For is believed (lib/auth/client-address.ts): a comma-separated
     * list of IP addresses. Unset: the client address is the connection's own.
     */
    CLAIMWATCH_TRUSTED_PROXIES: z.preprocess(
      unsetIfBlank,
      z
        .string()
        .default("")
        .transform((v) =>
          v
            .split(",")
            .map((a) => a.trim().toLowerCase())
            .filter(Boolean),
        ),
    ),
    /** `1` lets the public track record (/track-record) name each analyst with their score. */
    CLAIMWATCH_TRACK_RECORD_NAMES: z.enum(["0", "1"]).optional(),
    /** Set by Next.js in its server runtime; absent in tests and scripts. */
    NEXT_RUNTIME: z.string().optional(),
  })
  .transform((e) => ({ ...e, authSecret: e.AUTH_SECRET ?? e.NEXTAUTH_SECRET }))
  .refine((e) => e.authSecret !== undefined || e.NODE_ENV !== "production", {
    message: "Set AUTH_SECRET (or NEXTAUTH_SECRET) in production",
    path: ["AUTH_SECRET"],
  });

export type Env = z.output<typeof ZEnv>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/**
 * Whether this code runs in the Next.js server. Read as `process.env.NEXT_RUNTIME` itself,
 * which Next writes into its server bundles at build time: a server started through
 * scripts/serve.ts does not have it in its environment, so `env().NEXT_RUNTIME` may be
 * missing there. False in tests and scripts.
 */
export function inNextServer(): boolean {
  return Boolean(process.env.NEXT_RUNTIME);
}

/** Secret for signing session JWTs; a fixed development value outside production. */
export function authSecret(): string {
  return env().authSecret ?? "claimwatch-development-secret-not-for-production-use";
}
