import { expect, test, type Page } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { DEMO_ANALYST, DEMO_PASSWORD } from "./support/demo";
import { claimInput, expectApiError } from "./support/api";

const BAD_CREDENTIALS = "Email or password is incorrect.";
const THROTTLED = "Too many failed sign-ins. Wait a little, then try again.";
const DEACTIVATED = "This account is deactivated.";

/** Submits the sign-in form and waits until the server has answered the attempt. */
async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
}

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test("signing in through the form lands on the dashboard; signing out ends the session", async ({
  page,
  context,
}) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await submitSignIn(page, DEMO_ANALYST.email, DEMO_PASSWORD);

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await expect(mainNav(page).getByText(`${DEMO_ANALYST.name} · analyst`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // The session cookie is out of reach of page scripts.
  const session = (await context.cookies()).find((c) => c.name.endsWith("session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await expect(mainNav(page).getByText(DEMO_ANALYST.name)).toHaveCount(0);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("a wrong password shows the error and stays on the sign-in page", async ({
  page,
  request,
}) => {
  const user = await createUser("ANALYST");
  await page.goto("/sign-in");
  await submitSignIn(page, user.email, "not the password");

  await expect(page.getByRole("main").getByRole("alert")).toHaveText(BAD_CREDENTIALS);
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  // No session was made.
  const session = (await (await page.request.get("/api/auth/session")).json()) as {
    userId?: string;
  };
  expect(session.userId).toBeUndefined();
  // An unknown account gets the very same answer.
  await submitSignIn(page, `nobody-${user.id}@e2e.example.org`, "whatever");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(BAD_CREDENTIALS);
  // The account itself still works with the right password.
  await signInViaApi(request, user);
});

test("five wrong passwords slow this client down, even against the right password", async ({
  page,
}) => {
  const user = await createUser("ANALYST");
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await submitSignIn(page, user.email, `wrong password ${attempt}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(BAD_CREDENTIALS);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }

  await submitSignIn(page, user.email, user.password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(THROTTLED);
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);

  const failures = await testDb().signInAttempt.count({
    where: { email: user.email, succeeded: false },
  });
  expect(failures).toBeGreaterThanOrEqual(5);
});

test("a deactivated account is refused on its very next request", async ({ page, context }) => {
  const user = await createUser("ANALYST");
  await signInContext(context, user);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  expect((await page.request.get("/api/v1/claims?scope=internal")).status()).toBe(200);

  await testDb().user.update({
    where: { id: user.id },
    data: { active: false, deactivatedAt: new Date() },
  });

  // The session cookie is still there, but it no longer counts.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
  await expect(mainNav(page).getByText(user.name)).toHaveCount(0);
  await expectApiError(
    await page.request.get("/api/v1/claims?scope=internal"),
    401,
    "UNAUTHORIZED",
  );
  const actor = await createActor();
  await expectApiError(
    await page.request.post("/api/v1/claims", { data: claimInput(actor.id) }),
    401,
    "UNAUTHORIZED",
  );
  expect(await testDb().claim.count({ where: { createdById: user.id } })).toBe(0);

  // Signing in again with the right password is refused, saying why.
  await page.goto("/sign-in");
  await submitSignIn(page, user.email, user.password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(DEACTIVATED);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a role change applies to the next request, without signing in again", async ({
  request,
  page,
  context,
}) => {
  const user = await createUser("ANALYST");
  const actor = await createActor();
  await signInViaApi(request, user);
  await signInContext(context, user);

  const created = await request.post("/api/v1/claims", { data: claimInput(actor.id) });
  expect(created.status(), await created.text()).toBe(201);
  await page.goto("/dashboard");
  await expect(mainNav(page).getByRole("link", { name: "New claim" })).toBeVisible();

  await testDb().user.update({ where: { id: user.id }, data: { role: "VIEWER" } });

  const refused = await request.post("/api/v1/claims", { data: claimInput(actor.id) });
  await expectApiError(refused, 403, "FORBIDDEN");
  expect(await testDb().claim.count({ where: { createdById: user.id } })).toBe(1);

  await page.goto("/dashboard");
  await expect(mainNav(page).getByText(`${user.name} · viewer`)).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "New claim" })).toHaveCount(0);
  await page.goto("/claims/new");
  await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
});

test("after signing in, only same-site addresses are followed", async ({ request }) => {
  const user = await createUser("VIEWER");
  await signInViaApi(request, user);
  const landing = async (callbackUrl: string) => {
    const response = await request.get(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), callbackUrl).toBe(307);
    return response.headers()["location"];
  };
  expect(await landing("/claims/new")).toBe("/claims/new");
  // Each off-site address is checked (softly, so one run reports all of them).
  expect.soft(await landing("https://evil.example/phish")).toBe("/dashboard");
  // Protocol-relative addresses lead off-site although they start with a slash; browsers
  // read a backslash there as a slash too.
  expect.soft(await landing("//evil.example/phish")).toBe("/dashboard");
  expect.soft(await landing("/\\evil.example/phish")).toBe("/dashboard");
});

test("the sign-in form does not send you off-site afterwards", async ({ page }) => {
  const user = await createUser("VIEWER");
  const offSite: string[] = [];
  await page.route(
    (url) => url.hostname === "evil.example",
    async (route) => {
      offSite.push(route.request().url());
      await route.fulfill({ contentType: "text/html", body: "<h1>Phished</h1>" });
    },
  );
  for (const callbackUrl of ["//evil.example/phish", "/\\evil.example/phish"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await submitSignIn(page, user.email, user.password);
    await expect.soft(page, callbackUrl).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/dashboard$/);
  }
  expect(offSite).toEqual([]);
});
