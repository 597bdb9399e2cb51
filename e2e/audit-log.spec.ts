import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createActor, createUser } from "./support/factories";
import { createClaim, createSource, signedInTeam } from "./support/public-workflow";
import { signInContext } from "./support/auth";
import { expectApiError } from "./support/api";

// Issue 12: the audit trail is visible to admins, and only to them.

test("an admin browses the audit log by user and record; others are refused", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const created = await context.request.post("/api/v1/actors", {
    data: { name: `Audited actor ${analyst.id.slice(0, 8)}`, kind: "PERSON" },
  });
  expect(created.status()).toBe(201);
  const actor = (await created.json()) as { id: string };

  // Not an admin: the page says so, shows no event, and the API answers 403 (401 signed out).
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
  await expect(page.getByTestId("audit-events")).toHaveCount(0);
  await expectApiError(await context.request.get("/api/v1/audit/events"), 403, "FORBIDDEN");
  await signInContext(context, await createUser("EDITOR"));
  await expectApiError(await context.request.get("/api/v1/audit/events"), 403, "FORBIDDEN");
  const anonymous = await playwright.request.newContext({ baseURL });
  await expectApiError(await anonymous.get("/api/v1/audit/events"), 401, "UNAUTHORIZED");
  await anonymous.dispose();

  await signInContext(context, await createUser("ADMIN"));
  await page.goto("/admin/audit");
  await page.getByLabel("User").selectOption({ label: `${analyst.name} (${analyst.email})` });
  await page.getByRole("button", { name: "Filter" }).click();
  const table = page.getByTestId("audit-events");
  await expect(table).toContainText("actor.create");
  await expect(table.getByRole("link", { name: actor.id })).toBeVisible();

  // A bad date range is named next to its field.
  await page.goto("/admin/audit?from=2026-02-02&to=2026-01-01");
  await expect(page.getByText("The last day must not be before the first day")).toBeVisible();

  const api = await context.request.get(
    `/api/v1/audit/events?entityType=Actor&entityId=${actor.id}`,
  );
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { items: { action: string; hash: string }[] };
  expect(body.items.map((e) => e.action)).toEqual(["actor.create"]);
});

test("a claim's history page and a source's page link an admin to their audit events", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  const source = await createSource(team, "The mayor said the bridge would open on Friday.");
  const claim = await createClaim(team, {
    statement: `Audited claim ${randomUUID()}`,
    claimantId: (await createActor()).id,
  });
  await team.dispose();

  await signInContext(context, await createUser("ADMIN"));
  await page.goto(`/claims/${claim.id}/history`);
  await page.getByRole("link", { name: "Audit events of this claim" }).click();
  const table = page.getByTestId("audit-events");
  await expect(table).toContainText("claim.create");
  await expect(table.getByRole("link", { name: claim.id }).first()).toBeVisible();

  await page.goto(`/sources/${source.id}`);
  await page.getByRole("link", { name: "Audit events of this source" }).click();
  await expect(page.getByTestId("audit-events")).toContainText("source.create");
  await expect(page.getByTestId("audit-events")).not.toContainText("claim.create");
});
