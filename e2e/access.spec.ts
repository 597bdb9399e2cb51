import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { sessionCookiesFor, signInContext, signInViaApi } from "./support/auth";
import { chooseClaimant } from "./support/claim-form";
import { DEMO_STATEMENTS, demoClaim } from "./support/demo";
import { claimInput, expectApiError, type ClaimPage, type ClaimView } from "./support/api";

test.describe("anonymous visitors", () => {
  test("are sent to sign in from members' pages", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    await page.goto("/claims/new");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fclaims%2Fnew$/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.getByLabel("Statement")).toHaveCount(0);
  });

  test("cannot write through the API or read its internal scope", async ({ request }) => {
    const actor = await createActor();
    const draft = await demoClaim(DEMO_STATEMENTS.draft);
    const statement = `Anonymous attempt ${randomUUID()}`;

    await expectApiError(
      await request.post("/api/v1/claims", { data: claimInput(actor.id, { statement }) }),
      401,
      "UNAUTHORIZED",
    );
    await expectApiError(
      await request.patch(`/api/v1/claims/${draft.id}`, {
        data: { version: draft.version, statement },
      }),
      401,
      "UNAUTHORIZED",
    );
    await expectApiError(await request.get("/api/v1/claims?scope=internal"), 401, "UNAUTHORIZED");
    await expectApiError(
      await request.get(`/api/v1/claims/${draft.id}?scope=internal`),
      401,
      "UNAUTHORIZED",
    );

    expect(await testDb().claim.count({ where: { statement } })).toBe(0);
    const after = await testDb().claim.findUniqueOrThrow({ where: { id: draft.id } });
    expect(after.version).toBe(draft.version);
    expect(after.statement).toBe(DEMO_STATEMENTS.draft);
  });

  test("get 404 for claims that are not published, on the page and in the API", async ({
    page,
    request,
  }) => {
    for (const statement of [DEMO_STATEMENTS.draft, DEMO_STATEMENTS.inReview]) {
      const claim = await demoClaim(statement);
      const response = await page.goto(`/claims/${claim.id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
      await expect(page.getByText(statement)).toHaveCount(0);

      await expectApiError(await request.get(`/api/v1/claims/${claim.id}`), 404, "NOT_FOUND");
      const list = (await (await request.get("/api/v1/claims?pageSize=100")).json()) as ClaimPage;
      expect(list.items.map((c) => c.id)).not.toContain(claim.id);
    }
  });
});

test.describe("viewers", () => {
  test("read drafts and claims in review", async ({ page, context }) => {
    const viewer = await createUser("VIEWER");
    await signInContext(context, viewer);
    const draft = await demoClaim(DEMO_STATEMENTS.draft);

    await page.goto(`/claims/${draft.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_STATEMENTS.draft);
    await expect(page.getByText("Editorial status: Draft")).toBeVisible();
    await expect(page.getByText(/you are reading the team's working copy/)).toBeVisible();

    const response = await page.request.get("/api/v1/claims?scope=internal&pageSize=100");
    expect(response.status()).toBe(200);
    const list = (await response.json()) as ClaimPage;
    expect(list.total).toBeGreaterThanOrEqual(4);
    const statuses = new Map(list.items.map((c) => [c.id, c.editorialStatus]));
    expect(statuses.get(draft.id)).toBe("DRAFT");
    expect([...statuses.values()]).toContain("IN_REVIEW");

    const one = await page.request.get(`/api/v1/claims/${draft.id}?scope=internal`);
    expect(one.status()).toBe(200);
    expect(((await one.json()) as ClaimView).statement).toBe(DEMO_STATEMENTS.draft);
  });

  test("are refused the new-claim page", async ({ page, context }) => {
    const viewer = await createUser("VIEWER");
    await signInContext(context, viewer);
    await page.goto("/claims/new");
    await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("create claims");
    await expect(page.getByLabel("Statement")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  });

  test("get 403 from the API for writes, before any validation", async ({ request }) => {
    const viewer = await createUser("VIEWER");
    await signInViaApi(request, viewer);
    const actor = await createActor();
    const draft = await demoClaim(DEMO_STATEMENTS.draft);

    // A valid body, an invalid one and one that is not JSON at all: all the same 403.
    await expectApiError(
      await request.post("/api/v1/claims", { data: claimInput(actor.id) }),
      403,
      "FORBIDDEN",
    );
    await expectApiError(await request.post("/api/v1/claims", { data: {} }), 403, "FORBIDDEN");
    await expectApiError(
      await request.post("/api/v1/claims", {
        data: "{not json",
        headers: { "Content-Type": "application/json" },
      }),
      403,
      "FORBIDDEN",
    );

    await expectApiError(
      await request.patch(`/api/v1/claims/${draft.id}`, {
        data: { version: draft.version, statement: "Changed by a viewer" },
      }),
      403,
      "FORBIDDEN",
    );
    const invalidPatch = await expectApiError(
      await request.patch(`/api/v1/claims/${draft.id}`, { data: { version: "x", kind: "NOPE" } }),
      403,
      "FORBIDDEN",
    );
    expect(invalidPatch.fields).toBeUndefined();
    await expectApiError(
      await request.patch("/api/v1/claims/not-a-claim-id", { data: {} }),
      403,
      "FORBIDDEN",
    );

    expect(await testDb().claim.count({ where: { createdById: viewer.id } })).toBe(0);
    const after = await testDb().claim.findUniqueOrThrow({ where: { id: draft.id } });
    expect(after.version).toBe(draft.version);
    expect(after.statement).toBe(DEMO_STATEMENTS.draft);
  });

  test("cannot create through the form's server action, whatever the page showed", async ({
    page,
    context,
    playwright,
    baseURL,
  }) => {
    const analyst = await createUser("ANALYST");
    const viewer = await createUser("VIEWER");
    const actor = await createActor();
    const statement = `Smuggled past the UI ${randomUUID()}`;

    // The analyst opens the form, which a viewer would never be shown…
    await signInContext(context, analyst);
    await page.goto("/claims/new");
    await page.getByLabel("Statement").fill(statement);
    await chooseClaimant(page, actor.name);
    await page.getByLabel("Date made").fill("2025-12-15");
    await page.getByRole("combobox", { name: "Kind" }).selectOption("STATEMENT");

    // …then the browser's session becomes a viewer's before submitting.
    const viewerCookies = await sessionCookiesFor(playwright, baseURL, viewer);
    await context.clearCookies();
    await context.addCookies(viewerCookies);
    await page.getByRole("button", { name: "Save draft" }).click();

    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Your role does not allow this action.",
    );
    await expect(page).toHaveURL(/\/claims\/new$/);
    await expect(page.getByLabel("Statement")).toHaveValue(statement);
    expect(await testDb().claim.count({ where: { statement } })).toBe(0);
    expect(
      await testDb().claim.count({ where: { createdById: { in: [analyst.id, viewer.id] } } }),
    ).toBe(0);
  });
});
