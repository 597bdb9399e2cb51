import { expect, test, type Browser, type Page } from "@playwright/test";
import type { Role } from "../lib/generated/prisma/enums";
import { signInContext } from "./support/auth";
import { DEMO_STATEMENTS, demoClaim } from "./support/demo";
import { testDb } from "./support/db";
import { createUser } from "./support/factories";
import { fillRoute, PAGE_ROUTES, ROLES, rolesFor } from "./support/page-routes";

// A signed-in member whose role may not open a page gets HTTP 403, not 200, with a page that
// says what the role may not do (the route's forbidden.tsx, shown by requirePermission).

/** Every (page, role) pair where a signed-in member is refused, from the page list itself. */
const REFUSED = PAGE_ROUTES.filter((r) => r.permission !== null).flatMap((route) =>
  ROLES.filter((role) => !rolesFor(route).includes(role)).map((role) => ({ route, role })),
);

async function expectRefusal(page: Page, path: string, what: string | RegExp) {
  const response = await page.goto(path);
  expect(response?.status(), `${path}: status`).toBe(403);
  await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText(what);
  await expect(alert).toContainText("Ask an admin if you need it.");
}

async function signedInPage(browser: Browser, baseURL: string | undefined, role: Role) {
  const context = await browser.newContext({ baseURL });
  await signInContext(context, await createUser(role));
  return context.newPage();
}

test("the named refusals: a viewer's new claim, an analyst's and an editor's admin pages", async ({
  browser,
  baseURL,
}) => {
  const viewer = await signedInPage(browser, baseURL, "VIEWER");
  await expectRefusal(viewer, "/claims/new", "Your role does not allow you to create claims.");
  await expect(viewer.getByLabel("Statement")).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await viewer.context().close();

  const analyst = await signedInPage(browser, baseURL, "ANALYST");
  await expectRefusal(
    analyst,
    "/admin",
    "Your role does not allow you to manage users, roles and invitations.",
  );
  await expect(analyst.getByRole("search")).toHaveCount(0);
  await expectRefusal(
    analyst,
    "/admin/audit",
    "Your role does not allow you to read the audit log.",
  );
  // The review queue is every member's to read; only deciding is an editor's.
  const queue = await analyst.goto("/review");
  expect(queue?.status()).toBe(200);
  await expect(analyst.getByRole("heading", { name: "Review queue", level: 1 })).toBeVisible();
  await expect(analyst.getByRole("heading", { name: "Not available to your role" })).toHaveCount(0);
  await analyst.context().close();

  const editor = await signedInPage(browser, baseURL, "EDITOR");
  await expectRefusal(editor, "/admin/invitations", "manage users, roles and invitations");
  await editor.context().close();
});

test("every page answers 403 with its own refusal to each role that may not open it", async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const claim = await demoClaim(DEMO_STATEMENTS.draft);
  const source = await testDb().source.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const values: Record<string, string> = { "claims/[id]": claim.id, "sources/[id]": source.id };
  // Authors' pages for a viewer, admins' pages for everyone else: a list that cannot be empty.
  expect(REFUSED.map((r) => `${r.role} ${r.route.pattern}`)).toEqual(
    expect.arrayContaining(["VIEWER claims/new", "ANALYST admin", "EDITOR admin/audit"]),
  );
  const byRole = new Map<Role, string[]>();
  for (const { route, role } of REFUSED) {
    const path = fillRoute(route.pattern, (key) => values[key] ?? `missing-${key}`);
    byRole.set(role, [...(byRole.get(role) ?? []), path]);
  }
  for (const [role, paths] of byRole) {
    const page = await signedInPage(browser, baseURL, role);
    for (const path of paths) {
      // Each refusing route names what the role may not do, not only "use this page".
      await expectRefusal(page, path, /Your role does not allow you to (?!use this page)\w/);
    }
    await page.context().close();
  }
});
