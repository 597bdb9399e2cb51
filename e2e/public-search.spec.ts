import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { ClaimPage } from "./support/api";
import { DEMO_STATEMENTS } from "./support/demo";
import { createActor } from "./support/factories";
import { createClaim, publish, signedInTeam } from "./support/public-workflow";

test("searching by the alias Umarov finds Umerov's published claims, not those in review", async ({
  page,
  request,
}) => {
  await page.goto("/claims");
  await page.getByLabel("Search words").fill("Umarov");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/claims\?q=Umarov/);
  const results = page.getByRole("region", { name: "Results" });
  await expect(
    results.getByRole("link", { name: /closer to peace by the end of this day/ }),
  ).toBeVisible();
  await expect(results.getByText(DEMO_STATEMENTS.inReview)).toHaveCount(0);
  for (const item of await results.getByRole("listitem").all()) {
    await expect(item).toContainText("Rustem Umerov");
  }

  const api = (await (await request.get("/api/v1/claims?q=umárov")).json()) as ClaimPage;
  expect(api.items.length).toBeGreaterThan(0);
  expect(api.items.every((c) => c.claimant.name === "Rustem Umerov")).toBe(true);
  expect(api.items.some((c) => c.statement === DEMO_STATEMENTS.inReview)).toBe(false);
});

test("filters and pages work without JavaScript", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const team = await signedInTeam(playwright, baseURL);
  const mark = `pg${randomUUID().slice(0, 8)}`;
  const actor = await createActor(`Paged claimant ${mark}`);
  // 21 promises and one prediction: one page of 20 and a second page.
  const promises: string[] = [];
  for (let i = 0; i < 21; i++) {
    const claim = await createClaim(team, {
      claimantId: actor.id,
      statement: `Promise ${i} ${mark}.`,
      kind: "PROMISE",
      madeAt: "2025-10-01",
    });
    await publish(team, claim.id);
    promises.push(claim.id);
  }
  const prediction = await createClaim(team, {
    claimantId: actor.id,
    statement: `A prediction ${mark}.`,
    kind: "PREDICTION",
    madeAt: "2025-12-01",
  });
  await publish(team, prediction.id);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/claims");
  await page.getByLabel("Search words").fill(mark);
  await page.getByLabel("Kind").selectOption("PROMISE");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${mark}.*kind=PROMISE`));
  await expect(page.getByRole("status")).toHaveText("21 claims match, most relevant first.");
  const results = page.getByRole("region", { name: "Results" });
  await expect(results.locator("ul > li")).toHaveCount(20);
  // The form shows the search it ran.
  await expect(page.getByLabel("Search words")).toHaveValue(mark);
  await expect(page.getByLabel("Kind")).toHaveValue("PROMISE");

  // Keyset pages: on by cursor, back to the first page.
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(results.locator("ul > li")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await page.getByRole("link", { name: "First page" }).click();
  await expect(results.locator("ul > li")).toHaveCount(20);

  // The date range narrows to the prediction alone, and the export follows the search.
  await page.getByLabel("Kind").selectOption("");
  await page.getByLabel("Made on or after").fill("2025-11-01");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText("1 claim matches, most relevant first.");
  await expect(results.getByRole("link", { name: `A prediction ${mark}.` })).toBeVisible();
  await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute(
    "href",
    `/api/v1/export/claims.csv?q=${mark}&from=2025-11-01`,
  );

  const first = (await (
    await context.request.get(`/api/v1/claims?q=${mark}&kind=PROMISE&pageSize=20`)
  ).json()) as { total: number; pageSize: number; nextCursor: string; items: unknown[] };
  expect(first).toMatchObject({ total: 21, pageSize: 20 });
  const second = (await (
    await context.request.get(
      `/api/v1/claims?q=${mark}&kind=PROMISE&pageSize=20&cursor=${encodeURIComponent(first.nextCursor)}`,
    )
  ).json()) as { items: unknown[] };
  expect(second.items).toHaveLength(1);

  await context.close();
  await team.dispose();
});

test("bad search parameters get a message beside their field, with the value kept", async ({
  page,
}) => {
  const response = await page.goto("/claims?q=peace&from=2025-13-01&to=2025-01-01&kind=RUMOUR");
  expect(response?.status()).toBe(200);
  const alerts = page.getByRole("main").getByRole("alert");
  await expect(alerts.first()).toBeVisible();
  const from = page.getByLabel("Made on or after");
  await expect(from).toHaveValue("2025-13-01");
  await expect(from).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#from-error")).toHaveText(
    "2025-13-01 is not a day on the calendar: enter the start date as YYYY-MM-DD",
  );
  await expect(page.locator("#kind-error")).toHaveText("Choose a kind from the list");
  await expect(page.getByLabel("Search words")).toHaveValue("peace");
  await expect(page.getByRole("region", { name: "Results" })).toHaveCount(0);

  await page.goto("/claims?from=2025-12-31&to=2025-01-01");
  await expect(page.locator("#to-error")).toHaveText(
    "The end date must be on or after the start date",
  );

  // Pages go by cursor: an old page number or a forged cursor is a message, not a 500.
  await page.goto("/claims?q=peace&page=2");
  await expect(alerts).toContainText("Pages are followed by cursor now");
  await page.getByRole("link", { name: "Go to the first page" }).click();
  await expect(page.getByRole("status")).toContainText(/match/);

  await page.goto("/claims?q=peace&cursor=not-a-cursor");
  await expect(alerts).toContainText("This page link is not valid");
});

test("the home page searches claims and links to the feed and the exports", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search claims" }).fill("Article 5");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/claims\?q=Article\+5/);
  await expect(
    page.getByRole("link", { name: /similar to Article 5 of the NATO treaty/ }),
  ).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Atom feed" })).toHaveAttribute("href", "/feed.xml");
  await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute(
    "href",
    "/api/v1/export/claims.csv",
  );
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/feed\.xml$/,
  );
});

test("the claimant is typed by name, in any spelling, and a shared name offers a choice", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const team = await signedInTeam(playwright, baseURL);
  // Each name gets its own mark, so that approximate matching cannot pair them by the mark.
  const mark = () => randomUUID().slice(0, 8);
  const [shared, other, draft] = [mark(), mark(), mark()];
  const elder = await createActor(`Marta Kowalczyk ${shared}`);
  const younger = await createActor(`Marta Kowalczyk ${shared}`);
  const spelled = await createActor(`Oleksandr Zhytomyrskyi ${other}`);
  const unpublished = await createActor(`Quentin Draftonly ${draft}`);
  for (const [actor, statement] of [
    [elder, `The elder's promise ${shared}.`],
    [younger, `The younger's promise ${shared}.`],
    [spelled, `The Zhytomyrskyi promise ${other}.`],
  ] as const) {
    await publish(team, (await createClaim(team, { claimantId: actor.id, statement })).id);
  }
  await createClaim(team, { claimantId: unpublished.id, statement: `A draft ${draft}.` });

  // The public page sends no script: a plain field, resolved on the server.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const claimant = page.getByLabel("Claimant");
  const results = page.getByRole("region", { name: "Results" });
  const search = async (name: string) => {
    await claimant.fill(name);
    await page.getByRole("button", { name: "Search" }).click();
  };

  await page.goto("/claims");
  await search(`Oleksandr Zhytomirskyi ${other}`);
  await expect(
    results.getByRole("link", { name: `The Zhytomyrskyi promise ${other}.` }),
  ).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("1 claim matches, newest first.");
  await expect(claimant).toHaveValue(`Oleksandr Zhytomirskyi ${other}`);

  // Two people share a name: the field says so and the page offers each of them.
  await search(`marta KOWALCZYK ${shared}`);
  await expect(page.locator("#claimant-error")).toHaveText(
    "Several claimants match this name: choose one",
  );
  await expect(claimant).toHaveValue(`marta KOWALCZYK ${shared}`);
  const choices = page.getByRole("alert").getByRole("link", { name: `Marta Kowalczyk ${shared}` });
  await expect(choices).toHaveCount(2);
  await page.goto(`/claims?actor=${younger.id}`);
  await expect(claimant).toHaveValue(`Marta Kowalczyk ${shared}`);
  await expect(
    results.getByRole("link", { name: `The younger's promise ${shared}.` }),
  ).toBeVisible();
  await expect(results.getByText(`The elder's promise ${shared}.`)).toHaveCount(0);
  // Searching again with the name unchanged keeps the chosen person.
  await page.getByLabel("Search words").fill("promise");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText("1 claim matches, most relevant first.");
  await expect(results.getByText(`The younger's promise ${shared}.`)).toBeVisible();

  // Nobody by that name with published claims: a message by the field, the text kept.
  for (const name of [`Quentin Draftonly ${draft}`, `Nobody ${mark()}`]) {
    await page.goto("/claims");
    await search(name);
    await expect(page.locator("#claimant-error")).toHaveText(
      "No claimant with published claims goes by this name",
    );
    await expect(claimant).toHaveValue(name);
    await expect(results).toHaveCount(0);
  }
  for (const hostile of ["a%00b", "x".repeat(201), "%ED%A0%80"]) {
    const response = await page.goto(`/claims?claimant=${hostile}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("#claimant-error")).not.toBeEmpty();
  }
  await context.close();
  await team.dispose();
});
