import { z } from "zod";

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

/** Secret for signing session JWTs; a fixed development value outside production. */
export function authSecret(): string {
  return env().authSecret ?? "claimwatch-development-secret-not-for-production-use";
}
