import { createHash, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { testDb } from "./support/db";
import { createUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { expectApiError, type ClaimPage, type ClaimView } from "./support/api";
import { DEMO_STATEMENTS, demoClaim } from "./support/demo";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Creates a token in the account page and returns the value shown once. */
async function createTokenInUi(page: Page, name: string): Promise<string> {
  await page.goto("/account/tokens");
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText(`Token “${name}” created.`)).toBeVisible();
  return page.getByLabel("Your new API token").inputValue();
}

test("a personal API token created in the UI authenticates the API until it is revoked", async ({
  page,
  context,
  request,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  await page.goto("/dashboard");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "API tokens" })
    .click();
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();

  const name = `export ${randomUUID().slice(0, 8)}`;
  const token = await createTokenInUi(page, name);
  expect(token).toMatch(/^cw_[A-Za-z0-9_-]{43}$/);
  const stored = await testDb().apiToken.findFirstOrThrow({ where: { userId: analyst.id, name } });
  expect(stored.tokenHash).toBe(sha256(token));

  // `request` carries no cookie: the token alone signs the script in.
  await expectApiError(await request.get("/api/v1/claims?scope=internal"), 401, "UNAUTHORIZED");
  const ok = await request.get("/api/v1/claims?scope=internal", { headers: bearer(token) });
  expect(ok.status(), await ok.text()).toBe(200);
  expect(((await ok.json()) as ClaimPage).items).toEqual(expect.any(Array));
  // The internal scope shows what only members may read: the demo draft.
  const draft = await demoClaim(DEMO_STATEMENTS.draft);
  const internal = await request.get(`/api/v1/claims/${draft.id}?scope=internal`, {
    headers: bearer(token),
  });
  expect(internal.status()).toBe(200);
  expect(((await internal.json()) as ClaimView).statement).toBe(DEMO_STATEMENTS.draft);

  // The page no longer shows the token once reloaded, and notes its use.
  await page.reload();
  await expect(page.getByLabel("Your new API token")).toHaveCount(0);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByText("Never")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(row.getByText("Revoked", { exact: true })).toBeVisible();
  await expectApiError(
    await request.get("/api/v1/claims?scope=internal", { headers: bearer(token) }),
    401,
    "UNAUTHORIZED",
  );
});

test("a token acts with its owner's current role and cannot mint more tokens", async ({
  page,
  context,
  request,
}) => {
  const viewer = await createUser("VIEWER");
  await signInContext(context, viewer);
  const token = await createTokenInUi(page, "reader");

  // A viewer's token may read the internal scope but not write.
  const read = await request.get("/api/v1/claims?scope=internal", { headers: bearer(token) });
  expect(read.status()).toBe(200);
  await expectApiError(
    await request.post("/api/v1/claims", { headers: bearer(token), data: {} }),
    403,
    "FORBIDDEN",
  );
  await expectApiError(
    await request.get("/api/v1/admin/users", { headers: bearer(token) }),
    403,
    "FORBIDDEN",
  );
  await expectApiError(
    await request.post("/api/v1/tokens", { headers: bearer(token), data: { name: "copy" } }),
    403,
    "FORBIDDEN",
  );
  const own = (await (await request.get("/api/v1/tokens", { headers: bearer(token) })).json()) as {
    name: string;
  }[];
  expect(own.map((t) => t.name)).toEqual(["reader"]);

  // Made admin, the same token is now an admin's.
  await testDb().user.update({ where: { id: viewer.id }, data: { role: "ADMIN" } });
  const users = await request.get(`/api/v1/admin/users?q=${encodeURIComponent(viewer.email)}`, {
    headers: bearer(token),
  });
  expect(users.status()).toBe(200);
  // Deactivated, it is nobody.
  await testDb().user.update({ where: { id: viewer.id }, data: { active: false } });
  await expectApiError(
    await request.get("/api/v1/claims?scope=internal", { headers: bearer(token) }),
    401,
    "UNAUTHORIZED",
  );
  await expectApiError(
    await request.get("/api/v1/claims?scope=internal", { headers: bearer(`${token}x`) }),
    401,
    "UNAUTHORIZED",
  );
});

test("the tokens API: create once, list, revoke own only; admins revoke anyone's", async ({
  playwright,
  baseURL,
  page,
  context,
}) => {
  const editorUser = await createUser("EDITOR");
  const editor = await playwright.request.newContext({ baseURL });
  await signInViaApi(editor, editorUser);
  const analyst = await playwright.request.newContext({ baseURL });
  await signInViaApi(analyst, await createUser("ANALYST"));

  const created = await editor.post("/api/v1/tokens", { data: { name: "ci" } });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as { id: string; token: string; name: string };
  expect(body).toMatchObject({ name: "ci", revokedAt: null, owner: { id: editorUser.id } });
  expect(body.token).toMatch(/^cw_/);
  const bad = await expectApiError(
    await editor.post("/api/v1/tokens", { data: { name: "" } }),
    400,
    "INVALID",
  );
  expect(bad.fields).toHaveProperty("name");

  const listed = (await (await editor.get("/api/v1/tokens")).json()) as object[];
  expect(listed).toContainEqual(expect.objectContaining({ id: body.id, name: "ci" }));
  expect(JSON.stringify(listed)).not.toContain(body.token);
  // Another member's token is not theirs to revoke, nor even to know of.
  await expectApiError(await analyst.post(`/api/v1/tokens/${body.id}/revoke`), 404, "NOT_FOUND");

  // An admin finds it among every member's active tokens and revokes it.
  await signInContext(context, await createUser("ADMIN"));
  await page.goto("/admin/tokens");
  const row = page.getByRole("row").filter({ hasText: editorUser.email });
  await row.getByRole("button", { name: "Revoke ci" }).click();
  await expect(row).toHaveCount(0);
  const stored = await testDb().apiToken.findUniqueOrThrow({ where: { id: body.id } });
  expect(stored.revokedAt).not.toBeNull();
  await expectApiError(await editor.post(`/api/v1/tokens/${body.id}/revoke`), 409, "CONFLICT");

  // A revoked token is refused, even when the request also carries a valid session cookie.
  await expectApiError(
    await page.request.get("/api/v1/claims?scope=internal", { headers: bearer(body.token) }),
    401,
    "UNAUTHORIZED",
  );
  await Promise.all([editor.dispose(), analyst.dispose()]);
});
