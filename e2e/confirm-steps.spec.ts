import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createUser } from "./support/factories";
import { signInContext } from "./support/auth";

// Irreversible steps ask first (components/ui/confirm-submit.tsx): the asking button is
// inert until React makes it live, so an early click never submits unasked, and without
// JavaScript a plain submit button still does the step.

const isActive = async (id: string) =>
  (await testDb().user.findUniqueOrThrow({ where: { id } })).active;

test("before the page is live the step's button is disabled; once live it asks", async ({
  page,
  context,
}) => {
  await signInContext(context, await createUser("ADMIN"));
  const analyst = await createUser("ANALYST");
  // Hold the page's scripts, as a slow network does: the page is painted but not yet live.
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`/admin?q=${encodeURIComponent(analyst.email)}`, {
    waitUntil: "domcontentloaded",
  });
  const row = page.getByRole("row", { name: new RegExp(analyst.name) });
  const button = row.getByRole("button", { name: `Deactivate ${analyst.name}` });
  await expect(button).toBeDisabled();
  await button.click({ force: true });

  release();
  await expect(button).toBeEnabled();
  await button.click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(analyst.email);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  expect(await isActive(analyst.id), "neither the early click nor Escape deactivated").toBe(true);
});

test("without JavaScript an irreversible step is a plain submit button that still works", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInContext(context, await createUser("ADMIN"));
  const analyst = await createUser("ANALYST");
  const page = await context.newPage();
  await page.goto(`/admin?q=${encodeURIComponent(analyst.email)}`);
  const row = page.getByRole("row", { name: new RegExp(analyst.name) });
  await row.locator('button[type="submit"]', { hasText: `Deactivate ${analyst.name}` }).click();
  await expect.poll(() => isActive(analyst.id)).toBe(false);
  await context.close();
});
