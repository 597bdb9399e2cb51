import { expect, test, type Browser, type Page } from "@playwright/test";
import { testDb } from "./support/db";
import { createUser, type TestUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { expectApiError } from "./support/api";
import { confirmStep } from "./support/confirm";

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** A page in a browser context of its own, signed in as `user`. */
async function pageAs(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext();
  await signInContext(context, user);
  return context.newPage();
}

/** The admin users page narrowed to one user, and that user's row. */
async function openUserRow(admin: Page, user: TestUser) {
  await admin.goto(`/admin?q=${encodeURIComponent(user.email)}`);
  await expect(admin.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  return admin.getByRole("row", { name: new RegExp(user.name) });
}

test("a deactivated user is refused at their next page and API call", async ({ browser }) => {
  const admin = await pageAs(browser, await createUser("ADMIN"));
  const analyst = await createUser("ANALYST");
  const victim = await pageAs(browser, analyst);
  await victim.goto("/dashboard");
  await expect(victim.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  expect((await victim.request.get("/api/v1/claims?scope=internal")).status()).toBe(200);

  await admin.goto("/dashboard");
  await mainNav(admin).getByRole("link", { name: "Admin" }).click();
  const row = await openUserRow(admin, analyst);
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: `Deactivate ${analyst.name}` }).click();
  await confirmStep(admin, `Deactivate ${analyst.name}`, analyst.email);
  await expect(row.getByRole("status")).toHaveText(`${analyst.name} is deactivated.`);
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();

  const stored = await testDb().user.findUniqueOrThrow({ where: { id: analyst.id } });
  expect(stored.active).toBe(false);
  expect(stored.deactivatedAt).not.toBeNull();

  // The same session cookie, one request later.
  await victim.goto("/dashboard");
  await expect(victim).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
  await expect(victim.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectApiError(
    await victim.request.get("/api/v1/claims?scope=internal"),
    401,
    "UNAUTHORIZED",
  );
  // Nor can they sign in again.
  await victim.getByLabel("Email").fill(analyst.email);
  await victim.getByLabel("Password").fill(analyst.password);
  await victim.getByRole("button", { name: "Sign in" }).click();
  await expect(victim.getByRole("main").getByRole("alert")).toHaveText(
    "This account is deactivated.",
  );

  // Reactivated, the same session works again.
  await row.getByRole("button", { name: `Reactivate ${analyst.name}` }).click();
  await expect(row.getByRole("status")).toHaveText(`${analyst.name} is reactivated.`);
  expect((await victim.request.get("/api/v1/claims?scope=internal")).status()).toBe(200);

  const events = await testDb().auditEvent.findMany({
    where: { entityId: analyst.id },
    orderBy: { id: "asc" },
  });
  expect(events.map((e) => e.action)).toEqual(["user.deactivate", "user.reactivate"]);
});

test("a role changed in the admin page applies at the user's next request", async ({ browser }) => {
  const admin = await pageAs(browser, await createUser("ADMIN"));
  const viewer = await createUser("VIEWER");
  const member = await pageAs(browser, viewer);
  await member.goto("/claims/new");
  await expect(member.getByRole("heading", { name: "Not available to your role" })).toBeVisible();

  const row = await openUserRow(admin, viewer);
  await row.getByLabel(`Role for ${viewer.name}`).selectOption("ANALYST");
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(row.getByRole("status")).toHaveText(`${viewer.name} is now analyst.`);
  await expect(row.getByLabel(`Role for ${viewer.name}`)).toHaveValue("ANALYST");

  await member.goto("/claims/new");
  await expect(member.getByRole("heading", { name: "New claim" })).toBeVisible();
  const event = await testDb().auditEvent.findFirstOrThrow({
    where: { entityId: viewer.id, action: "user.role.change" },
  });
  expect(event.before).toEqual({ role: "VIEWER" });
  expect(event.after).toEqual({ role: "ANALYST" });

  // Saving the role it already has is refused next to the select, not silently accepted.
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(row.getByRole("alert")).toContainText("Nothing to change");
});

test("an admin's own row offers no way to demote or deactivate themselves", async ({
  browser,
  request,
}) => {
  const adminUser = await createUser("ADMIN");
  const admin = await pageAs(browser, adminUser);
  const row = await openUserRow(admin, adminUser);
  await expect(row.getByText("(you)")).toBeVisible();
  await expect(row.getByRole("button")).toHaveCount(0);

  // The server refuses it too.
  await signInViaApi(request, adminUser);
  const error = await expectApiError(
    await request.patch(`/api/v1/admin/users/${adminUser.id}`, { data: { active: false } }),
    400,
    "INVALID",
  );
  expect(error.fields?.active).toMatch(/cannot deactivate your own account/);
  await expectApiError(
    await request.patch(`/api/v1/admin/users/${adminUser.id}`, { data: { role: "EDITOR" } }),
    400,
    "INVALID",
  );
});

test("an analyst gets the refusal at /admin and 403 from the admin API", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  const target = await createUser("VIEWER");
  await signInContext(context, analyst);

  for (const path of ["/admin", "/admin/invitations", "/admin/tokens"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  }
  await expect(mainNav(page).getByRole("link", { name: "Admin" })).toHaveCount(0);
  await expect(mainNav(page).getByRole("link", { name: "API tokens" })).toBeVisible();

  const api = page.request;
  await expectApiError(await api.get("/api/v1/admin/users"), 403, "FORBIDDEN");
  await expectApiError(
    await api.patch(`/api/v1/admin/users/${target.id}`, { data: { role: "ADMIN" } }),
    403,
    "FORBIDDEN",
  );
  await expectApiError(
    await api.patch(`/api/v1/admin/users/${analyst.id}`, { data: { role: "ADMIN" } }),
    403,
    "FORBIDDEN",
  );
  await expectApiError(
    await api.post("/api/v1/admin/invitations", {
      data: { email: "someone@e2e.example.org", role: "ADMIN" },
    }),
    403,
    "FORBIDDEN",
  );
  await expectApiError(await api.get("/api/v1/admin/invitations"), 403, "FORBIDDEN");
  expect((await testDb().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("VIEWER");
  expect((await testDb().user.findUniqueOrThrow({ where: { id: analyst.id } })).role).toBe(
    "ANALYST",
  );
});

test("anonymous visitors are sent to sign in, and get 401 from the admin API", async ({
  page,
  request,
}) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin$/);
  const target = await createUser("VIEWER");
  await expectApiError(await request.get("/api/v1/admin/users"), 401, "UNAUTHORIZED");
  await expectApiError(
    await request.patch(`/api/v1/admin/users/${target.id}`, { data: { role: "ADMIN" } }),
    401,
    "UNAUTHORIZED",
  );
  await expectApiError(
    await request.post("/api/v1/admin/invitations", {
      data: { email: "x@e2e.example.org", role: "ADMIN" },
    }),
    401,
    "UNAUTHORIZED",
  );
});

test("the admin API lists, finds and changes users, naming a bad field", async ({ request }) => {
  const admin = await createUser("ADMIN");
  const editor = await createUser("EDITOR");
  await signInViaApi(request, admin);

  const found = await request.get(`/api/v1/admin/users?q=${encodeURIComponent(editor.email)}`);
  expect(found.status()).toBe(200);
  expect(await found.json()).toMatchObject({
    total: 1,
    items: [{ id: editor.id, email: editor.email, role: "EDITOR", active: true }],
  });

  const changed = await request.patch(`/api/v1/admin/users/${editor.id}`, {
    data: { role: "VIEWER", active: false },
  });
  expect(changed.status()).toBe(200);
  expect(await changed.json()).toMatchObject({ id: editor.id, role: "VIEWER", active: false });

  const bad = await expectApiError(
    await request.patch(`/api/v1/admin/users/${editor.id}`, { data: { role: "OWNER" } }),
    400,
    "INVALID",
  );
  expect(bad.fields).toHaveProperty("role");
  await expectApiError(
    await request.patch(`/api/v1/admin/users/${crypto.randomUUID()}`, { data: { role: "VIEWER" } }),
    404,
    "NOT_FOUND",
  );
  await expectApiError(
    await request.patch("/api/v1/admin/users/not-an-id", { data: { role: "VIEWER" } }),
    404,
    "NOT_FOUND",
  );
});

test("a refused search or page number on the users list is named beside it, never guessed", async ({
  browser,
}) => {
  const admin = await pageAs(browser, await createUser("ADMIN"));
  for (const page of ["0x10", "99999999999999999999", "-1", "1.5"]) {
    const response = await admin.goto(`/admin?page=${encodeURIComponent(page)}`);
    expect(response?.status(), page).toBe(200);
    const alert = admin.getByRole("alert").filter({ hasText: "page must be" });
    await expect(alert, page).toBeVisible();
    await expect(alert.getByRole("link")).toHaveAttribute("href", "/admin?page=1");
    await expect(admin.getByRole("table")).toHaveCount(0);
  }

  const long = "x".repeat(201);
  await admin.goto(`/admin?q=${long}`);
  const field = admin.getByRole("searchbox", { name: "Find a user" });
  await expect(field).toHaveValue(long);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(admin.locator("#q-error")).toBeVisible();

  // Percent and underscore are letters here, not wildcards.
  await admin.goto(`/admin?q=${encodeURIComponent("%_")}`);
  await expect(admin.getByText(/^0 users matching/)).toBeVisible();
});
