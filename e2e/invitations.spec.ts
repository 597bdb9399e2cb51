import { createHash, randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { testDb } from "./support/db";
import { createUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { expectApiError } from "./support/api";

const UNUSABLE = "This invitation link has already been used or has expired.";
const PASSWORD = "a passphrase long enough";

const newEmail = () => `invited-${randomUUID().slice(0, 8)}@e2e.example.org`;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** An invitation written straight to the database, with the token its link carries. */
async function insertInvitation(overrides: { expiresAt?: Date; revokedAt?: Date } = {}) {
  const admin = await createUser("ADMIN");
  const token = randomBytes(32).toString("base64url");
  const invitation = await testDb().invitation.create({
    data: {
      email: newEmail(),
      role: "VIEWER",
      tokenHash: sha256(token),
      invitedById: admin.id,
      expiresAt: new Date(Date.now() + 24 * 60 * 60_000),
      ...overrides,
    },
  });
  return { invitation, token };
}

async function fillAccount(page: Page, name: string, password = PASSWORD, confirm = password) {
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByLabel("Confirm password").fill(confirm);
  await page.getByRole("button", { name: "Create account" }).click();
}

test("an invitation link works once and then expires", async ({ page, context, browser }) => {
  await signInContext(context, await createUser("ADMIN"));
  const email = newEmail();

  await page.goto("/admin/invitations");
  await page.getByLabel("Email address").fill(`  ${email.toUpperCase()} `);
  await page.getByLabel("Role").selectOption("ANALYST");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByText(`Invitation created for ${email}.`)).toBeVisible();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row", { name: new RegExp(email) });
  await expect(row.getByText("Pending", { exact: true })).toBeVisible();

  // Only the hash is stored.
  const token = link.split("/invite/")[1] ?? "";
  const stored = await testDb().invitation.findFirstOrThrow({ where: { email } });
  expect(stored.tokenHash).toBe(sha256(token));
  expect(stored.role).toBe("ANALYST");

  // The invited person, in a browser of their own.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByRole("heading", { name: "Join Claimwatch" })).toBeVisible();
  await expect(guest.getByText(email)).toBeVisible();
  // A too-short password is refused next to its field; the name is kept.
  await fillAccount(guest, "Ines Invited", "short", "short");
  await expect(guest.getByText("Choose a password of at least 12 characters")).toBeVisible();
  await expect(guest.getByLabel("Your name")).toHaveValue("Ines Invited");
  expect(await testDb().user.count({ where: { email } })).toBe(0);

  // Accepting signs the new member in: no second sign-in.
  await fillAccount(guest, "Ines Invited");
  await expect(guest).toHaveURL(/\/dashboard\?notice=account-created$/);
  await expect(guest.getByRole("status")).toContainText("you are signed in");
  await expect(
    guest.getByRole("navigation", { name: "Main" }).getByText("Ines Invited · analyst"),
  ).toBeVisible();
  const session = await testDb().userSession.findMany({
    where: { user: { email } },
    select: { revokedAt: true },
  });
  expect(session).toEqual([{ revokedAt: null }]);
  // It is an ordinary session: signing out ends it, and the chosen password signs in again.
  await guest.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(guest).toHaveURL(/\/$/);
  expect((await guest.request.get("/api/v1/claims?scope=internal")).status()).toBe(401);
  await guest.goto("/sign-in");
  await guest.getByLabel("Email").fill(email);
  await guest.getByLabel("Password").fill(PASSWORD);
  await guest.getByRole("button", { name: "Sign in" }).click();
  await expect(guest).toHaveURL(/\/dashboard$/);

  // The second use of the link, from anywhere, is refused.
  await guest.goto(link);
  await expect(guest.getByRole("main").getByRole("alert")).toContainText(UNUSABLE);
  await expect(guest.getByLabel("Your name")).toHaveCount(0);
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(other.getByRole("main").getByRole("alert")).toContainText(UNUSABLE);
  expect(await testDb().user.count({ where: { email } })).toBe(1);

  await page.reload();
  await expect(row.getByText("Accepted", { exact: true })).toBeVisible();
  const user = await testDb().user.findUniqueOrThrow({ where: { email } });
  const accepted = await testDb().invitation.findUniqueOrThrow({ where: { id: stored.id } });
  expect(accepted.acceptedById).toBe(user.id);
  const events = await testDb().auditEvent.findMany({ where: { actorId: user.id } });
  expect(events.map((e) => e.action).sort()).toEqual(["invitation.accept", "user.create"]);
});

test("an expired invitation link shows the expired message", async ({ page }) => {
  const { token } = await insertInvitation({ expiresAt: new Date(Date.now() - 60_000) });
  await page.goto(`/invite/${token}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(UNUSABLE);
  await expect(page.getByLabel("Your name")).toHaveCount(0);
});

test("a revoked or made-up link shows the same message", async ({ page, browser }) => {
  const pending = await insertInvitation();
  await page.goto(`/invite/${pending.token}`);
  await expect(page.getByText(pending.invitation.email)).toBeVisible();

  // The admin revokes it in the admin page.
  const adminContext = await browser.newContext();
  await signInContext(adminContext, await createUser("ADMIN"));
  const admin = await adminContext.newPage();
  await admin.goto("/admin/invitations");
  const row = admin.getByRole("row", { name: new RegExp(pending.invitation.email) });
  await row
    .getByRole("button", { name: `Revoke invitation for ${pending.invitation.email}` })
    .click();
  await expect(row.getByText("Revoked", { exact: true })).toBeVisible();

  // The form, opened before the revocation, is refused on submit.
  await fillAccount(page, "Too Late");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(UNUSABLE);
  await page.goto(`/invite/${pending.token}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(UNUSABLE);
  await page.goto(`/invite/${randomBytes(32).toString("base64url")}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(UNUSABLE);
  expect(await testDb().user.count({ where: { email: pending.invitation.email } })).toBe(0);
});

test("the invitations API: 201 with the link once, revocation, and refusals", async ({
  request,
  playwright,
  baseURL,
}) => {
  const email = newEmail();
  await signInViaApi(request, await createUser("ADMIN"));
  const created = await request.post("/api/v1/admin/invitations", {
    data: { email, role: "EDITOR" },
  });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as { id: string; link: string; status: string };
  expect(body).toMatchObject({ email, role: "EDITOR", status: "PENDING" });
  expect(body.link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  const listed = (await (await request.get("/api/v1/admin/invitations")).json()) as object[];
  expect(listed).toContainEqual(expect.objectContaining({ id: body.id, email }));
  expect(JSON.stringify(listed)).not.toContain(body.link.split("/invite/")[1]);

  const again = await expectApiError(
    await request.post("/api/v1/admin/invitations", { data: { email, role: "VIEWER" } }),
    409,
    "CONFLICT",
  );
  expect(again.fields).toHaveProperty("email");
  const bad = await expectApiError(
    await request.post("/api/v1/admin/invitations", { data: { email: "nope", role: "KING" } }),
    400,
    "INVALID",
  );
  expect(Object.keys(bad.fields ?? {}).sort()).toEqual(["email", "role"]);

  // An editor may not revoke it; an admin may, once.
  const editorRequest = await playwright.request.newContext({ baseURL });
  await signInViaApi(editorRequest, await createUser("EDITOR"));
  await expectApiError(
    await editorRequest.post(`/api/v1/admin/invitations/${body.id}/revoke`),
    403,
    "FORBIDDEN",
  );
  await editorRequest.dispose();
  const revoked = await request.post(`/api/v1/admin/invitations/${body.id}/revoke`);
  expect(revoked.status()).toBe(200);
  expect(await revoked.json()).toMatchObject({ id: body.id, status: "REVOKED" });
  await expectApiError(
    await request.post(`/api/v1/admin/invitations/${body.id}/revoke`),
    409,
    "CONFLICT",
  );
});
