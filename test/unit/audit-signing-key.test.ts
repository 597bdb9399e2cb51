import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";

// The checkpoint signing key at start-up (lib/audit/checkpoint-schedule.ts): in production
// without a key the server says so at once, naming the setting; a configured key is used as
// given. Each case loads the modules afresh, as a new server process would.

async function startWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  vi.stubEnv("AUTH_SECRET", "a-production-secret-of-at-least-32-characters");
  // No database: without a key no checkpoint is tried; with one, the first try fails to
  // connect and is logged as such, which is not what these tests look at.
  vi.stubEnv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none");
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  const errors: string[] = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(" "));
  });
  const { startCheckpointSchedule } = await import("@/lib/audit/checkpoint-schedule");
  const { auditSigningKey } = await import("@/lib/audit/signing-key");
  await startCheckpointSchedule();
  return { errors, signing: auditSigningKey() };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("the audit signing key at start-up", () => {
  it("is reported as missing in production, with the setting to use", async () => {
    const { errors, signing } = await startWith({
      NODE_ENV: "production",
      CLAIMWATCH_DEMO: undefined,
      CLAIMWATCH_AUDIT_SIGNING_KEY: undefined,
      CLAIMWATCH_AUDIT_SIGNING_KEY_FILE: undefined,
    });
    expect(signing.ok).toBe(false);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^\[claimwatch\] ERROR: No audit signing key: set CLAIMWATCH_AUDIT_SIGNING_KEY_FILE/,
    );
    expect(errors[0]).toContain("openssl genpkey -algorithm ed25519");
  });

  it("is reported as unreadable in production when it is not an Ed25519 key", async () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey;
    const { errors, signing } = await startWith({
      NODE_ENV: "production",
      CLAIMWATCH_AUDIT_SIGNING_KEY: rsa.export({ format: "pem", type: "pkcs8" }).toString(),
    });
    expect(signing.ok).toBe(false);
    expect(errors[0]).toMatch(/ERROR: The audit signing key cannot be read: .*Ed25519/);
  });

  it("uses a configured Ed25519 key as given, and says nothing", async () => {
    const key = generateKeyPairSync("ed25519").privateKey;
    const pem = key.export({ format: "pem", type: "pkcs8" }).toString().replace(/\n/g, "\\n");
    const { errors, signing } = await startWith({
      NODE_ENV: "production",
      CLAIMWATCH_AUDIT_SIGNING_KEY: pem,
    });
    expect(signing.ok && signing.key.publicKeyRaw).toBe(
      createPublicKey(key).export({ format: "jwk" }).x,
    );
    expect(errors.filter((e) => e.includes("signing key"))).toEqual([]);
  });
});
