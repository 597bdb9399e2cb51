import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { claimFrom, claimInput } from "./support/api";
import { ACTIVITY_ENTITY_TYPES } from "../lib/dashboard/describe-activity";

const DEMO_PAST_DUE =
  "We hope to reach an agreement that brings us closer to peace by the end of this day.";

test("the dashboard lists overdue claims, my open forecasts and recent activity", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const actor = await createActor();
  const create = async (overrides: Record<string, unknown>) => {
    const response = await context.request.post("/api/v1/claims", {
      data: claimInput(actor.id, overrides),
    });
    expect(response.status(), await response.text()).toBe(201);
    return claimFrom(response);
  };
  const overdue = await create({ madeAt: "2025-01-10", resolveBy: "2025-06-30" });
  const future = await create({ resolveBy: "2099-01-01" });
  const stalled = await create({ madeAt: "2025-01-10", resolveBy: "2025-06-30" });
  await testDb().claim.update({ where: { id: stalled.id }, data: { outcomeStatus: "STALLED" } });

  for (const [id, probability] of [
    [future.id, 30],
    [overdue.id, 50],
    [future.id, 62],
  ] as const) {
    const response = await context.request.post(`/api/v1/claims/${id}/forecasts`, {
      data: { probability },
    });
    expect(response.status(), await response.text()).toBe(201);
  }

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "My drafts" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Claims in review" })).toBeVisible();

  const pastDue = page.getByRole("region", { name: "Past their resolve-by date" });
  const overdueItem = pastDue.getByRole("listitem").filter({ hasText: overdue.statement });
  await expect(overdueItem.getByRole("link")).toHaveAttribute(
    "href",
    `/claims/${overdue.id}#outcomes`,
  );
  await expect(overdueItem).toContainText("resolve by 30 Jun 2025");
  await expect(overdueItem).toContainText("Outcome: Pending");
  await expect(pastDue.getByText(future.statement)).toHaveCount(0);
  await expect(pastDue.getByText(stalled.statement)).toHaveCount(0);
  // The demo claim due on 2025-12-15 already resolved NOT_HELD, so it is not waiting.
  await expect(pastDue.getByText(DEMO_PAST_DUE)).toHaveCount(0);

  const forecasts = page.getByRole("region", { name: "My open forecasts" });
  await expect(forecasts.getByRole("listitem")).toHaveCount(2);
  await expect(forecasts.getByRole("listitem").nth(0)).toContainText(future.statement);
  await expect(forecasts.getByRole("listitem").nth(0)).toContainText("62 % — likely");
  await expect(forecasts.getByRole("listitem").nth(1)).toContainText("50 % — roughly even chance");

  // The latest events are this analyst's forecasts (other specs may write in between).
  const activity = page.getByRole("region", { name: "Recent activity" });
  const mine = activity
    .getByRole("listitem")
    .filter({ hasText: `${analyst.name} recorded a forecast on` });
  await expect(mine.first()).toBeVisible();
  await expect(mine.first().getByRole("link")).toHaveAttribute("href", /^\/claims\/[0-9a-f-]{36}$/);
  await expect(mine.first()).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/);
  await mine.filter({ hasText: future.statement }).first().getByRole("link").click();
  await expect(page).toHaveURL(`/claims/${future.id}`);
});

test("a viewer's dashboard has no forecasts section but shows the shared ones", async ({
  page,
  context,
}) => {
  await signInContext(context, await createUser("VIEWER"));
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Past their resolve-by date" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent activity" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "My open forecasts" })).toHaveCount(0);
});

// Each list says how much there is and leads to the whole of it: the activity to older
// pages (and, for admins, the audit log), the open forecasts to the team claim search.
test("recent activity and my open forecasts show their totals and lead to the full lists", async ({
  page,
  context,
}) => {
  // Eighteen forecasts through the API first: more than the 30 s default on a busy machine.
  test.setTimeout(60_000);
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const actor = await createActor();
  for (const probability of [20, 40, 60]) {
    const created = await context.request.post("/api/v1/claims", {
      data: claimInput(actor.id, { resolveBy: "2099-01-01" }),
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = await claimFrom(created);
    // Six updates each: over 20 changes of this analyst's alone, so there is an older page.
    for (const step of [5, 4, 3, 2, 1, 0]) {
      const response = await context.request.post(`/api/v1/claims/${id}/forecasts`, {
        data: { probability: probability + step },
      });
      expect(response.status(), await response.text()).toBe(201);
    }
  }
  const activityWhere = { entityType: { in: [...ACTIVITY_ENTITY_TYPES] } };
  const before = await testDb().auditEvent.count({ where: activityWhere });
  await page.goto("/dashboard");
  const after = await testDb().auditEvent.count({ where: activityWhere });

  // Other specs write meanwhile: the total lies between the counts before and after.
  const activity = page.getByRole("region", { name: "Recent activity" });
  const total = activity.getByText(/^Showing 20 of [\d,]+ changes, newest first$/);
  await expect(total).toBeVisible();
  const shown = Number((await total.textContent())!.match(/of ([\d,]+)/)![1]!.replace(/,/g, ""));
  expect(shown).toBeGreaterThanOrEqual(before);
  expect(shown).toBeLessThanOrEqual(after);
  await expect(activity.getByRole("listitem")).toHaveCount(20);
  // The audit log is for admins; an analyst pages through the activity here instead.
  await expect(activity.getByRole("link", { name: "See the full audit log" })).toHaveCount(0);
  await page
    .getByRole("navigation", { name: "Recent activity pages" })
    .getByRole("link", { name: "Next page" })
    .click();
  await expect(page).toHaveURL(/[?&]activity=\d+/);
  const older = page.getByRole("region", { name: "Recent activity" }).getByRole("listitem");
  await expect(older.first()).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Recent activity pages" }).getByRole("link", {
      name: "First page",
    }),
  ).toBeVisible();

  const forecasts = page.getByRole("region", { name: "My open forecasts" });
  await expect(forecasts.getByText("3 forecasts, latest first")).toBeVisible();
  await forecasts.getByRole("link", { name: "See all claims with my open forecast" }).click();
  await expect(page).toHaveURL(/\/claims\/team\?forecast=mine$/);
  await expect(page.getByRole("status")).toHaveText("3 claims match, last changed first.");
  await expect(
    page.getByRole("checkbox", { name: "Only claims with my open forecast" }),
  ).toBeChecked();
});

test("an admin's recent activity leads to the audit log, which holds every change", async ({
  page,
  context,
}) => {
  await signInContext(context, await createUser("ADMIN"));
  await page.goto("/dashboard");
  await page
    .getByRole("region", { name: "Recent activity" })
    .getByRole("link", { name: "See the full audit log" })
    .click();
  await expect(page).toHaveURL("/admin/audit");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
