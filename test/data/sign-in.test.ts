// verifyCredentials and the sign-in throttle, counted in the SignInAttempt table.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { BAD_CREDENTIALS, DEACTIVATED, THROTTLED, verifyCredentials } from "@/lib/auth/credentials";
import { backOffSeconds, BUDGETS } from "@/lib/auth/sign-in-throttle";
import type { SessionUser } from "@/lib/auth/session-user";
import { expectAppError, makeUser } from "@/test/support/factories";

const PASSWORD = "correct horse battery staple";

let counter = 0;
/** A fresh account per test, so one test's failures never lock another's account. */
async function account(options: { active?: boolean } = {}): Promise<SessionUser> {
  counter += 1;
  return makeUser("ANALYST", {
    email: `signin-${counter}@example.org`,
    password: PASSWORD,
    ...options,
  });
}

async function fail(email: string, times: number, address = "unknown"): Promise<void> {
  for (let i = 0; i < times; i++) {
    await expectAppError(
      verifyCredentials({ email, password: `wrong-${i}` }, address),
      "UNAUTHORIZED",
    );
  }
}

async function insertAttempts(
  email: string,
  succeeded: boolean,
  minutesAgo: number,
  n: number,
  clientAddress: string,
) {
  await db.signInAttempt.createMany({
    data: Array.from({ length: n }, () => ({
      email,
      succeeded,
      clientAddress,
      createdAt: new Date(Date.now() - minutesAgo * 60_000),
    })),
  });
}

describe("verifyCredentials", () => {
  let user: SessionUser;
  beforeAll(async () => {
    user = await account();
  });

  it("accepts the right password and returns the session user", async () => {
    await expect(verifyCredentials({ email: user.email, password: PASSWORD })).resolves.toEqual(
      user,
    );
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
    const attempts = await db.signInAttempt.findMany({ where: { email: user.email } });
    expect(attempts.map((a) => a.succeeded)).toEqual([true]);
  });

  it("refuses a wrong password with UNAUTHORIZED and records the failure", async () => {
    const error = await expectAppError(
      verifyCredentials({ email: user.email, password: `${PASSWORD}!` }),
      "UNAUTHORIZED",
    );
    expect(error.message).toBe(BAD_CREDENTIALS);
    expect(await db.signInAttempt.count({ where: { email: user.email, succeeded: false } })).toBe(
      1,
    );
  });

  it("gives an unknown email the same answer as a wrong password", async () => {
    const error = await expectAppError(
      verifyCredentials({ email: "nobody@example.org", password: PASSWORD }),
      "UNAUTHORIZED",
    );
    expect(error.message).toBe(BAD_CREDENTIALS);
  });

  it("refuses malformed input with UNAUTHORIZED, not a crash", async () => {
    for (const input of [
      null,
      {},
      { email: "not-an-email", password: PASSWORD },
      { email: user.email, password: "" },
    ]) {
      await expectAppError(verifyCredentials(input), "UNAUTHORIZED");
    }
  });

  it("matches the email case-insensitively and ignores surrounding spaces", async () => {
    const mixed = await makeUser("ANALYST", { email: "analyst@example.org", password: PASSWORD });
    await expect(
      verifyCredentials({ email: "Analyst@Example.org", password: PASSWORD }),
    ).resolves.toMatchObject({ id: mixed.id, email: "analyst@example.org" });
    await expect(
      verifyCredentials({ email: "  ANALYST@EXAMPLE.ORG ", password: PASSWORD }),
    ).resolves.toMatchObject({ id: mixed.id });
  });

  it("refuses a deactivated user with FORBIDDEN, but only once the password is right", async () => {
    const gone = await account({ active: false });
    const error = await expectAppError(
      verifyCredentials({ email: gone.email, password: PASSWORD }),
      "FORBIDDEN",
    );
    expect(error.message).toBe(DEACTIVATED);
    // A wrong password must not reveal that the account exists but is deactivated.
    await expectAppError(
      verifyCredentials({ email: gone.email, password: "nope" }),
      "UNAUTHORIZED",
    );
  });
});

describe("sign-in throttle: per account and address, exponential back-off", () => {
  const ATTACKER = "203.0.113.7";
  const OWNER = "198.51.100.20";

  it("after 5 failures from one address slows that address, not the owner elsewhere", async () => {
    const user = await account();
    await fail(user.email, 4, ATTACKER);
    // Four failures are not yet throttled.
    await expect(
      verifyCredentials({ email: user.email, password: PASSWORD }, ATTACKER),
    ).resolves.toEqual(user);

    const other = await account();
    await fail(other.email, 5, ATTACKER);
    const error = await expectAppError(
      verifyCredentials({ email: other.email, password: PASSWORD }, ATTACKER),
      "RATE_LIMITED",
    );
    expect(error.message).toBe(THROTTLED);
    // The owner, from another address, still gets in at once.
    await expect(
      verifyCredentials({ email: other.email, password: PASSWORD }, OWNER),
    ).resolves.toEqual(other);
  });

  it("counts failures made with differently cased emails against one account", async () => {
    const user = await account();
    const variants = [
      user.email.toUpperCase(),
      ` ${user.email} `,
      user.email.replace("signin", "SignIn"),
    ];
    for (const [i, email] of [...variants, user.email, user.email].entries()) {
      await expectAppError(
        verifyCredentials({ email, password: `wrong-${i}` }, ATTACKER),
        "UNAUTHORIZED",
      );
    }
    await expectAppError(
      verifyCredentials({ email: user.email.toUpperCase(), password: PASSWORD }, ATTACKER),
      "RATE_LIMITED",
    );
  });

  it("backs off exponentially: the wait doubles with each failure past the allowance", () => {
    const budget = BUDGETS.accountAndAddress;
    const waits = [4, 5, 6, 7, 8, 20].map((n) => backOffSeconds(n, budget));
    expect(waits).toEqual([0, 30, 60, 120, 240, 900]);
  });

  it("lets the next attempt through once the back-off has passed, never a hard lock", async () => {
    // An address of its own: the other tests' failures from ATTACKER would count too.
    const patient = "192.0.2.45";
    const user = await account();
    await insertAttempts(user.email, false, 2, 6, patient);
    // Six failures: a 60 s wait after the last one, two minutes ago.
    await expect(
      verifyCredentials({ email: user.email, password: PASSWORD }, patient),
    ).resolves.toEqual(user);

    const recent = await account();
    await insertAttempts(recent.email, false, 0.5, 6, patient);
    await expectAppError(
      verifyCredentials({ email: recent.email, password: PASSWORD }, patient),
      "RATE_LIMITED",
    );
  });

  it("slows password spraying: one address failing across many accounts", async () => {
    const spray = "192.0.2.99";
    for (let i = 0; i < BUDGETS.address.free; i++) {
      await db.signInAttempt.create({
        data: { email: `sprayed-${i}@example.org`, clientAddress: spray, succeeded: false },
      });
    }
    const user = await account();
    await expectAppError(
      verifyCredentials({ email: user.email, password: PASSWORD }, spray),
      "RATE_LIMITED",
    );
    await expect(
      verifyCredentials({ email: user.email, password: PASSWORD }, OWNER),
    ).resolves.toEqual(user);
  });

  it("holds under a concurrent burst: at most 5 guesses are checked", async () => {
    const user = await account();
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        verifyCredentials({ email: user.email, password: `burst-${i}` }, ATTACKER),
      ),
    );
    const codes = results.map((r) =>
      r.status === "rejected" && r.reason instanceof AppError ? r.reason.code : "other",
    );
    // Every answer is a refusal; only five of them may come from checking the password.
    expect(codes.filter((c) => c === "UNAUTHORIZED" || c === "RATE_LIMITED")).toHaveLength(12);
    expect(codes.filter((c) => c === "UNAUTHORIZED").length, codes.join(",")).toBeLessThanOrEqual(
      5,
    );
  });
});
