import {
  expect,
  test,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { invalidatePublicCache, testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { claimFrom, claimInput, expectApiError } from "./support/api";
import { holdScripts } from "./support/hydration";

async function createClaim(request: APIRequestContext, overrides: Record<string, unknown> = {}) {
  const actor = await createActor();
  const response = await request.post("/api/v1/claims", {
    data: claimInput(actor.id, overrides),
  });
  expect(response.status(), await response.text()).toBe(201);
  return claimFrom(response);
}

function forecastForm(page: Page) {
  const form = page.getByRole("form", { name: "Your forecast" });
  return {
    form,
    word: form.getByRole("combobox", { name: "Estimative word" }),
    probability: form.getByLabel("Probability (%)"),
    slider: form.getByRole("slider", { name: "Probability slider" }),
    reading: form.locator("#probability-word"),
    save: form.getByRole("button", { name: "Save forecast" }),
  };
}

/** A signed-in analyst and a claim of theirs with no resolve-by date, so today's forecasts
 * are not made after the fact. */
async function analystWithOpenClaim(context: BrowserContext) {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  return { analyst, claim: await createClaim(context.request, { resolveBy: null }) };
}

test("an analyst forecasts by choosing a word, then a value in its band, and updates it", async ({
  page,
  context,
}) => {
  const { analyst, claim } = await analystWithOpenClaim(context);

  await page.goto(`/claims/${claim.id}`);
  const section = page.getByRole("region", { name: "Forecasts", exact: true });
  await expect(section.getByText("No forecasts yet.")).toBeVisible();
  const f = forecastForm(page);

  // The word follows the number live, from the slider or the box.
  await f.slider.fill("30");
  await expect(f.probability).toHaveValue("30");
  await expect(f.reading).toHaveText("30 % reads as unlikely (21–45 %)");
  await expect(f.word).toHaveValue("unlikely");
  await f.probability.fill("92");
  await expect(f.reading).toHaveText("92 % reads as very likely (81–95 %)");

  // Choosing a word moves the number into its band; then a value within the band.
  await f.word.selectOption({ label: "likely (56–80 %)" });
  await expect(f.probability).toHaveValue("68");
  await expect(f.reading).toHaveText("68 % reads as likely (56–80 %)");
  await f.probability.fill("72");
  await expect(f.word).toHaveValue("likely");
  await f.form.getByLabel("Rationale").fill("Funding is secured.");
  await f.save.click();
  await expect(f.form.getByRole("status")).toHaveText("Forecast saved: 72 % (likely).");

  const mine = section
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: analyst.name }) });
  await expect(mine).toContainText("Current: 72 % — likely");

  // An update adds to the history; the form starts from the current value.
  await expect(f.probability).toHaveValue("72");
  await f.word.selectOption({ label: "very unlikely (6–20 %)" });
  await expect(f.probability).toHaveValue("13");
  await f.probability.fill("10");
  await f.save.click();
  await expect(f.form.getByRole("status")).toHaveText("Forecast saved: 10 % (very unlikely).");
  await expect(mine).toContainText("Current: 10 % — very unlikely");
  const history = mine.getByRole("list", { name: `Forecast history of ${analyst.name}` });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").nth(0)).toContainText("10 % (very unlikely)");
  await expect(history.getByRole("listitem").nth(1)).toContainText("72 % (likely)");
  await expect(history.getByRole("listitem").nth(1)).toContainText("Funding is secured.");
  await expect(history.getByRole("listitem").nth(1)).toContainText(
    /\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/,
  );

  const rows = await testDb().forecast.findMany({
    where: { claimId: claim.id },
    orderBy: { createdAt: "asc" },
  });
  expect(rows.map((r) => [r.authorId, r.probability])).toEqual([
    [analyst.id, 72],
    [analyst.id, 10],
  ]);
});

test("a probability typed before the page is live is kept, and the word follows it", async ({
  page,
  context,
}) => {
  const { claim } = await analystWithOpenClaim(context);
  const release = await holdScripts(page);
  await page.goto(`/claims/${claim.id}`, { waitUntil: "commit" });
  const f = forecastForm(page);
  await expect(f.probability).toBeVisible();
  // Before hydration the word and the slider do nothing, so they are disabled.
  await expect(f.slider).toBeDisabled();
  await f.probability.fill("30");
  release();
  await expect(f.slider).toBeEnabled();
  await expect(f.probability).toHaveValue("30");
  await expect(f.reading).toHaveText("30 % reads as unlikely (21–45 %)");
  await expect(f.slider).toHaveValue("30");
  await f.save.click();
  await expect(f.form.getByRole("status")).toHaveText("Forecast saved: 30 % (unlikely).");
});

test("an out-of-range forecast is refused next to its field, keeping the rationale", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const claim = await createClaim(context.request);
  await page.goto(`/claims/${claim.id}`);
  const f = forecastForm(page);

  await f.probability.fill("100");
  await expect(f.reading).toHaveText("Enter a whole number from 1 to 99.");
  await f.form.getByLabel("Rationale").fill("Certain, surely.");
  await f.save.click();
  await expect(f.form.locator("#probability-error")).toHaveText(
    "Enter the probability as a whole number from 1 to 99",
  );
  await expect(f.probability).toHaveAttribute("aria-invalid", "true");
  await expect(f.probability).toHaveValue("100");
  await expect(f.form.getByLabel("Rationale")).toHaveValue("Certain, surely.");
  expect(await testDb().forecast.count({ where: { claimId: claim.id } })).toBe(0);
});

test("the forecast API validates the probability and refuses viewers", async ({
  request,
  playwright,
  baseURL,
}) => {
  const analyst = await createUser("ANALYST");
  await signInViaApi(request, analyst);
  const claim = await createClaim(request);
  const url = `/api/v1/claims/${claim.id}/forecasts`;

  for (const probability of [0, 100, 50.5, "abc"]) {
    const error = await expectApiError(
      await request.post(url, { data: { probability } }),
      400,
      "INVALID",
    );
    expect(error.fields?.probability, String(probability)).toBe(
      "Enter the probability as a whole number from 1 to 99",
    );
  }
  const created = await request.post(url, { data: { probability: 35 } });
  expect(created.status(), await created.text()).toBe(201);
  expect(await created.json()).toMatchObject({ probability: 35, word: "unlikely" });

  const viewerRequest = await playwright.request.newContext({ baseURL });
  try {
    await signInViaApi(viewerRequest, await createUser("VIEWER"));
    await expectApiError(
      await viewerRequest.post(url, { data: { probability: 35 } }),
      403,
      "FORBIDDEN",
    );
    const list = (await (await viewerRequest.get(`${url}?scope=internal`)).json()) as {
      analysts: { current: { probability: number } }[];
    };
    expect(list.analysts.map((a) => a.current.probability)).toEqual([35]);
  } finally {
    await viewerRequest.dispose();
  }
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    await expectApiError(
      await anonymous.post(url, { data: { probability: 35 } }),
      401,
      "UNAUTHORIZED",
    );
  } finally {
    await anonymous.dispose();
  }
});

test("the public sees forecasts with Brier scores only once the claim resolved", async ({
  browser,
  request,
}) => {
  const analyst = await createUser("ANALYST");
  const editor = await createUser("EDITOR");
  await signInViaApi(request, analyst);
  // No resolve-by date: forecasts made today are not made after the fact, so they are scored.
  const claim = await createClaim(request, { resolveBy: null });
  await request.post(`/api/v1/claims/${claim.id}/forecasts`, { data: { probability: 70 } });
  const revision = await testDb().claimRevision.findFirstOrThrow({ where: { claimId: claim.id } });
  await testDb().forecast.create({
    data: { claimId: claim.id, authorId: editor.id, probability: 20 },
  });
  await testDb().claim.update({
    where: { id: claim.id },
    data: {
      editorialStatus: "PUBLISHED",
      publishedRevisionId: revision.id,
      firstPublishedAt: new Date(),
    },
  });
  await invalidatePublicCache();

  const anonymous = await browser.newPage();
  try {
    await anonymous.goto(`/claims/${claim.id}`);
    const section = anonymous.getByRole("region", { name: "Forecasts", exact: true });
    await expect(section).toContainText("published once the claim resolves as held or not held");
    await expect(section.getByRole("table")).toHaveCount(0);
    await expect(anonymous.getByRole("form", { name: "Your forecast" })).toHaveCount(0);

    await testDb().claim.update({
      where: { id: claim.id },
      data: { outcomeStatus: "HELD", publicOutcomeStatus: "HELD" },
    });
    await invalidatePublicCache();
    await anonymous.reload();
    const table = section.getByRole("table");
    await expect(table.getByRole("row", { name: new RegExp(analyst.name) })).toContainText(
      "70 % (likely)",
    );
    await expect(table.getByRole("row", { name: new RegExp(analyst.name) })).toContainText("0.090");
    await expect(table.getByRole("row", { name: new RegExp(editor.name) })).toContainText("0.640");
    await expect(section).toContainText("Mean Brier score: 0.365 over 2 forecasts");
  } finally {
    await anonymous.close();
  }
});
