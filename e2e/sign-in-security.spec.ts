import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createUser } from "./support/factories";
import { sessionCookiesFor, signInContext } from "./support/auth";
import { signInFrom } from "./support/raw-http";
import { OFF_SITE_CALLBACKS } from "../test/support/open-redirects";

// Attacks on signing in and out: open redirects after sign-in, a stranger guessing the
// owner's password, a cookie stolen before sign-out.

test("no encoding of callbackUrl leaves the site after signing in", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  try {
    await signInContext(context, await createUser("VIEWER"));
    for (const callbackUrl of [...OFF_SITE_CALLBACKS, "/..//evil.example"]) {
      const response = await context.request.get(
        `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`,
        { maxRedirects: 0 },
      );
      expect(response.status(), callbackUrl).toBeLessThan(500);
      const location = response.headers()["location"];
      expect(location, callbackUrl).toBeDefined();
      expect(new URL(location ?? "", baseURL).origin, callbackUrl).toBe(baseURL);
    }
    // And the same through the sign-in POST itself, malformed values included.
    const csrf = (await (await context.request.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const user = await createUser("VIEWER");
    for (const callbackUrl of ["http://%zz", "//evil.example", "/..//evil.example"]) {
      const response = await context.request.post("/api/auth/callback/credentials", {
        form: {
          csrfToken: csrf.csrfToken,
          email: user.email,
          password: user.password,
          callbackUrl,
          json: "true",
        },
      });
      expect(response.status(), callbackUrl).toBeLessThan(500);
      const { url } = (await response.json()) as { url: string };
      expect(new URL(url).origin, callbackUrl).toBe(baseURL);
    }
  } finally {
    await context.close();
  }
});

test("a stranger's five failed sign-ins do not stop the owner signing in from another address", async ({
  page,
  baseURL,
}) => {
  const owner = await createUser("ADMIN");
  const stranger = "127.0.0.2";
  for (let i = 0; i < 5; i++) {
    const answer = await signInFrom(stranger, baseURL ?? "", owner.email, `guess ${i}`);
    expect(answer.body).toContain("error=");
  }
  // The stranger is slowed down: even the right password is not checked now.
  const throttled = await signInFrom(stranger, baseURL ?? "", owner.email, owner.password);
  expect(decodeURIComponent(throttled.body.replace(/\+/g, " "))).toContain(
    "Too many failed sign-ins",
  );

  // The owner, from this browser's address, signs in through the form at once.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  const attempts = await testDb().signInAttempt.findMany({
    where: { email: owner.email },
    select: { clientAddress: true, succeeded: true },
  });
  expect(attempts.filter((a) => a.clientAddress === stranger && !a.succeeded)).toHaveLength(5);
  expect(attempts.some((a) => a.clientAddress === "127.0.0.1" && a.succeeded)).toBe(true);
});

test("signing out revokes the session on the server; sign out everywhere revokes them all", async ({
  page,
  playwright,
  baseURL,
}) => {
  const user = await createUser("ANALYST");
  await signInContext(page.context(), user);
  const stolen = await page.context().cookies();
  const other = await sessionCookiesFor(playwright, baseURL, user);

  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);

  // A copy of the cookie taken before signing out no longer works.
  const replay = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: stolen, origins: [] },
  });
  expect((await replay.get("/api/v1/claims?scope=internal")).status()).toBe(401);
  // next-auth's own session endpoint agrees: nobody, not the user's name and session id.
  expect(await (await replay.get("/api/auth/session")).json()).toEqual({});
  await replay.dispose();

  // The second session is still open, until "sign out everywhere".
  const second = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: other, origins: [] },
  });
  expect((await second.get("/api/v1/claims?scope=internal")).status()).toBe(200);
  await signInContext(page.context(), user);
  await page.goto("/dashboard");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Account" })
    .click();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await second.get("/api/v1/claims?scope=internal")).status()).toBe(401);
  await second.dispose();
});
