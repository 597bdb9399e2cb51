import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { invalidatePublicCache, testDb } from "./support/db";
import { createActor, createUser, type TestUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { expectApiError } from "./support/api";
import {
  approve,
  createClaim,
  publish,
  recordOutcome,
  signedInTeam,
  submit,
} from "./support/public-workflow";

// Analytics pages and API: who may read what, what the public sees, and accessibility.

let analyst: TestUser;

/** A published claim resolved `outcome`, with the analyst's forecast of `probability` %. */
async function resolvedClaim(outcome: "HELD" | "NOT_HELD", probability: number) {
  const db = testDb();
  const actor = await createActor();
  const content = {
    statement: `Analytics e2e claim ${randomUUID()}`,
    isVerbatim: true,
    claimantId: actor.id,
    madeAt: new Date("2026-01-15T00:00:00Z"),
    kind: "PROMISE" as const,
    resolveBy: new Date("2026-03-20T00:00:00Z"),
  };
  const claim = await db.claim.create({
    data: { ...content, createdById: analyst.id, outcomeStatus: outcome },
  });
  const revision = await db.claimRevision.create({
    data: { ...content, claimId: claim.id, number: 1, authorId: analyst.id },
  });
  await db.outcomeUpdate.create({
    data: {
      claimId: claim.id,
      status: outcome,
      occurredAt: new Date("2026-03-10T00:00:00Z"),
      note: "Resolved.",
      createdById: analyst.id,
      publishedAt: new Date(),
    },
  });
  await db.claim.update({
    where: { id: claim.id },
    data: {
      editorialStatus: "PUBLISHED",
      publishedRevisionId: revision.id,
      firstPublishedAt: new Date(),
      publicOutcomeStatus: outcome,
    },
  });
  await db.forecast.create({
    data: {
      claimId: claim.id,
      authorId: analyst.id,
      probability,
      confidence: "MODERATE",
      createdAt: new Date("2026-03-01T00:00:00Z"),
    },
  });
}

test.beforeAll(async () => {
  analyst = await createUser("ANALYST");
  await resolvedClaim("HELD", 80);
  await resolvedClaim("NOT_HELD", 30);
  await invalidatePublicCache();
});

test.describe("analytics API", () => {
  test("refuses anonymous callers with 401 on every member endpoint", async ({ request }) => {
    for (const path of ["forecasters", "sources", "speakers", "csv/forecasters", "csv/speakers"]) {
      await expectApiError(await request.get(`/api/v1/analytics/${path}`), 401, "UNAUTHORIZED");
    }
  });

  test("refuses a deactivated member's live session", async ({ request }) => {
    const member = await createUser("ANALYST");
    await signInViaApi(request, member);
    expect((await request.get("/api/v1/analytics/csv/forecasters")).status()).toBe(200);
    await testDb().user.update({
      where: { id: member.id },
      data: { active: false, deactivatedAt: new Date() },
    });
    for (const path of ["forecasters", "csv/forecasters"]) {
      await expectApiError(await request.get(`/api/v1/analytics/${path}`), 401, "UNAUTHORIZED");
    }
  });

  test("refuses a viewer a forecast (with its confidence): viewers only read", async ({
    request,
  }) => {
    await signInViaApi(request, await createUser("VIEWER"));
    const claim = await testDb().claim.findFirstOrThrow({
      where: { editorialStatus: "PUBLISHED" },
    });
    const response = await request.post(`/api/v1/claims/${claim.id}/forecasts`, {
      data: { probability: 60, confidence: "HIGH" },
    });
    await expectApiError(response, 403, "FORBIDDEN");
  });

  test("serves the public team record without names", async ({ request }) => {
    const response = await request.get("/api/v1/analytics/team");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { team: { count: number }; analysts: unknown };
    expect(body.team.count).toBeGreaterThanOrEqual(2);
    expect(body.analysts).toBeNull();
    expect(JSON.stringify(body)).not.toContain(analyst.name);
  });

  test("lets a viewer (a member) read the forecasters, with names", async ({ request }) => {
    await signInViaApi(request, await createUser("VIEWER"));
    const response = await request.get("/api/v1/analytics/forecasters?period=all");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { analysts: { name: string; count: number }[] };
    expect(body.analysts.find((a) => a.name === analyst.name)?.count).toBe(2);
  });

  test("answers a bad filter with 400 naming it", async ({ request }) => {
    await signInViaApi(request, analyst);
    const response = await request.get("/api/v1/analytics/forecasters?period=forever");
    const body = await expectApiError(response, 400, "INVALID");
    expect(body.fields?.period).toBe("Choose 90d, 1y or all");
  });
});

test.describe("analytics pages", () => {
  test("send anonymous visitors to sign in from /analytics", async ({ page }) => {
    await page.goto("/analytics");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fanalytics$/);
  });

  test("show an analyst the scores, rules and charts, with no axe violations", async ({
    page,
    context,
  }) => {
    test.slow(); // two renders of the page, a CSV download and an axe pass
    await signInContext(context, analyst);
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Analytics" })
      .click();
    await expect(page.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
    await expect(page.getByText("Only claims whose approved outcome is HELD")).toBeVisible();
    await expect(page.getByRole("img", { name: /Calibration of the whole team/ })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(analyst.name) }).first()).toBeVisible();
    const csvLink = page.getByRole("link", { name: /Download CSV of Brier scores/ });
    await expect(csvLink).toHaveAttribute("href", /^\/api\/v1\/analytics\/csv\/forecasters\?/);
    const csv = await page.request.get((await csvLink.getAttribute("href")) ?? "");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toBe(
      'attachment; filename="claimwatch-forecasters.csv"',
    );
    expect(await csv.text()).toContain(`\r\n${analyst.name},2,`);
    // An analyst's name in the table opens their calibration.
    await page
      .getByRole("table", { name: /Brier scores/ })
      .getByRole("link", { name: analyst.name, exact: true })
      .click();
    await expect(
      page.getByRole("img", { name: new RegExp(`Calibration of ${analyst.name}`) }),
    ).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });

  test("never serve a member's cached figures to a visitor without a session", async ({
    browser,
    request,
  }) => {
    test.slow(); // four visits to the heaviest member page
    // A member's visit fills the cache entry of these filters (two spellings, one entry)…
    const member = await browser.newContext();
    await signInContext(member, analyst);
    const memberPage = await member.newPage();
    for (const path of ["/analytics?kind=PROMISE&period=all", "/analytics?period=&kind=PROMISE"]) {
      await memberPage.goto(path);
      await expect(
        memberPage.getByRole("row", { name: new RegExp(analyst.name) }).first(),
      ).toBeVisible();
    }
    await member.close();
    // …then the same addresses without a session are sent to sign in, with no figures.
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    for (const path of ["/analytics?kind=PROMISE&period=all", "/analytics?period=&kind=PROMISE"]) {
      const body = await (await request.get(path)).text();
      expect(body, path).not.toContain(analyst.name);
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fanalytics/);
      expect(await page.content(), path).not.toContain(analyst.name);
    }
    await visitor.close();
  });

  test("keep a bad filter beside its field instead of failing", async ({ page, context }) => {
    await signInContext(context, analyst);
    await page.goto("/analytics?from=2026-13-45");
    await expect(page.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Made from")).toHaveValue("2026-13-45");
  });

  test("show the public track record without names, with no axe violations", async ({ page }) => {
    await page.goto("/track-record");
    await expect(page.getByRole("heading", { name: "Track record", level: 1 })).toBeVisible();
    await expect(page.getByText("Mean Brier score")).toBeVisible();
    await expect(page.getByText(analyst.name)).toHaveCount(0);
    const csvLink = page.getByRole("link", { name: /Download CSV of Calibration bins/ });
    const csv = await page.request.get((await csvLink.getAttribute("href")) ?? "");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
});

test("an approved outcome reaches the cached team record within a second", async ({
  playwright,
  baseURL,
  request,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  const actor = await createActor();
  const claim = await createClaim(team, {
    statement: `Analytics cache check ${randomUUID()}`,
    claimantId: actor.id,
    kind: "PREDICTION",
    resolveBy: "2099-12-31",
  });
  await publish(team, claim.id);
  const forecast = await team.analyst.post(`/api/v1/claims/${claim.id}/forecasts`, {
    data: { probability: 70 },
  });
  expect(forecast.status()).toBe(201);
  const count = async () =>
    ((await (await request.get("/api/v1/analytics/team")).json()) as { team: { count: number } })
      .team.count;
  const before = await count();
  expect(await count()).toBe(before); // served from the cache

  const today = new Date().toISOString().slice(0, 10);
  await recordOutcome(team, claim.id, { status: "HELD", note: "It happened.", occurredAt: today });
  await approve(team, await submit(team, claim.id));
  await expect.poll(count, { timeout: 1000, intervals: [50] }).toBe(before + 1);
  await team.dispose();
});
