import { randomUUID } from "node:crypto";
import { expect, test, type Locator } from "@playwright/test";
import { createActor, createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { claimInput } from "./support/api";

// The dashboard's lists say how many there are and link to the whole list: the team's claim
// search with the members' filters (editorial status, author, overdue). Its fields, and the
// other search forms', line up at a laptop's width.

test("'See all my drafts' opens the team search filtered to my drafts, paged by cursor", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const actor = await createActor();
  const tag = randomUUID().slice(0, 8);
  for (let i = 0; i < 23; i++) {
    const response = await context.request.post("/api/v1/claims", {
      data: claimInput(actor.id, { statement: `Draft ${i} of the harbour plan ${tag}` }),
    });
    expect(response.status(), await response.text()).toBe(201);
  }

  await page.goto("/dashboard");
  const drafts = page.getByRole("region", { name: "My drafts" });
  await expect(drafts.getByText("23 drafts")).toBeVisible();
  await drafts.getByRole("link", { name: "See all my drafts" }).click();

  await expect(page).toHaveURL(/\/claims\/team\?/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team claims");
  await expect(page.getByLabel("Editorial status")).toHaveValue("drafts");
  await expect(page.getByLabel("Author")).toHaveValue("me");
  await expect(page.getByRole("status")).toHaveText("23 claims match, last changed first.");
  const results = page.getByRole("region", { name: "Results" });
  await expect(results.getByRole("listitem")).toHaveCount(20);
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(results.getByRole("listitem")).toHaveCount(3);
  await expect(results.getByText("Draft").first()).toBeVisible();

  // Words narrow the same list; a wrong filter is named next to its field, nothing lost.
  await page.goto(`/claims/team?author=someone&q=${tag}`);
  await expect(page.locator("#author-error")).toHaveText("Choose an author from the list");
  await expect(page.getByLabel("Search words")).toHaveValue(tag);
});

test("a viewer may read the team's claims; a visitor is sent to sign in", async ({
  page,
  context,
}) => {
  await signInContext(context, await createUser("VIEWER"));
  await page.goto("/claims/team?status=review");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team claims");
  await expect(page.getByLabel("Editorial status")).toHaveValue("review");

  await context.clearCookies();
  await page.goto("/claims/team");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fclaims%2Fteam$/);

  // A shared filtered link comes back filtered after signing in.
  const viewer = await createUser("VIEWER");
  await page.goto("/claims/team?status=review&author=me");
  await expect(page).toHaveURL(
    "/sign-in?callbackUrl=" + encodeURIComponent("/claims/team?status=review&author=me"),
  );
  await page.getByLabel("Email").fill(viewer.email);
  await page.getByLabel("Password").fill(viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/claims/team?status=review&author=me");
  await expect(page.getByLabel("Editorial status")).toHaveValue("review");
});

/**
 * The rows of a form's side-by-side fields whose boxes do not line up: fields whose labels
 * start at the same height, grouped, with the tops of their boxes (select or text box).
 */
async function misalignedRows(form: Locator): Promise<string[]> {
  return form.evaluate((f) => {
    const rows = new Map<number, Map<string, number>>();
    for (const label of f.querySelectorAll("label")) {
      const box = label.htmlFor ? document.getElementById(label.htmlFor) : null;
      if (!box || !box.matches("select, input:not([type=checkbox]):not([type=radio])")) continue;
      const top = Math.round(label.getBoundingClientRect().top);
      const row = rows.get(top) ?? new Map<string, number>();
      row.set(label.textContent ?? "", Math.round(box.getBoundingClientRect().top));
      rows.set(top, row);
    }
    return [...rows.values()]
      .filter((row) => row.size > 1 && new Set(row.values()).size > 1)
      .map((row) => JSON.stringify(Object.fromEntries(row)));
  });
}

test("at 1280 px the search forms' fields line up, hint or no hint", async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInContext(context, await createUser("ANALYST"));
  for (const [path, name] of [
    ["/claims/team", "Search the team's claims"],
    ["/claims", "Search claims"],
    ["/analytics", "Filter the figures"],
  ] as const) {
    await page.goto(path);
    const form = page.getByRole(path === "/analytics" ? "form" : "search", { name });
    await expect(form).toBeVisible();
    // On the team search the Claimant (with a hint) sits beside Outcome and Topic (without).
    expect(await misalignedRows(form), path).toEqual([]);
  }
});
