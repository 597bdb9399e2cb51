import { expect, test, type APIRequestContext } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { expectApiError } from "./support/api";
import { createClaim, publish, recordOutcome, signedInTeam } from "./support/public-workflow";

// What Claimwatch publishes is what can be true: forecasts made after the fact are shown but
// not scored, impossible dates are refused next to their field, and a retracted claim
// carries no ClaimReview rating.

async function retract(editor: APIRequestContext, claimId: string, correctionNote: string) {
  const response = await editor.post(`/api/v1/claims/${claimId}/retract`, {
    data: { correctionNote },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test("a forecast made after the resolve-by date is shown, marked, and not scored", async ({
  page,
  context,
  browser,
  playwright,
  baseURL,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  const analyst = await createUser("ANALYST");
  const early = await createUser("ANALYST");
  try {
    const claim = await createClaim(team, {
      claimantId: (await createActor()).id,
      statement: `Peace by the end of March ${crypto.randomUUID()}`,
      kind: "PREDICTION",
      resolveBy: "2026-03-31",
    });
    // Made in time, before the resolve-by date.
    await testDb().forecast.create({
      data: {
        claimId: claim.id,
        authorId: early.id,
        probability: 70,
        createdAt: new Date("2026-03-01T10:00:00Z"),
      },
    });

    // Entered today, long after the resolve-by date: kept, and the analyst is told.
    await signInContext(context, analyst);
    await page.goto(`/claims/${claim.id}`);
    const form = page.getByRole("form", { name: "Your forecast" });
    await form.getByLabel("Probability (%)").fill("10");
    await form.getByRole("button", { name: "Save forecast" }).click();
    await expect(form.getByRole("status")).toHaveText(
      "Forecast saved: 10 % (very unlikely). It is made after the fact, so it is not scored.",
    );
    const section = page.getByRole("region", { name: "Forecasts", exact: true });
    const late = section
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: analyst.name }) });
    await expect(late).toContainText("made after the fact, not scored");

    await recordOutcome(team, claim.id, {
      status: "HELD",
      note: "Signed.",
      occurredAt: "2026-03-30",
    });
    await publish(team, claim.id);

    const anonymous = await browser.newPage();
    try {
      await anonymous.goto(`/claims/${claim.id}`);
      const forecasts = anonymous.getByRole("region", { name: "Forecasts", exact: true });
      const table = forecasts.getByRole("table");
      const lateRow = table.getByRole("row", { name: new RegExp(analyst.name) });
      await expect(lateRow).toContainText("10 % (very unlikely)");
      await expect(lateRow).toContainText("made after the fact, not scored");
      await expect(lateRow).not.toContainText("0.810");
      await expect(table.getByRole("row", { name: new RegExp(early.name) })).toContainText("0.090");
      // The mean counts the honest forecast only, and the rule is stated beside it.
      await expect(forecasts).toContainText("Mean Brier score: 0.090 over 1 forecast");
      await expect(forecasts).toContainText(
        "A forecast made after the claim's resolve-by date, or after the date of the outcome that settled it (by calendar date in UTC), is marked “made after the fact” and is not scored.",
      );
      await expect(forecasts).toContainText("1 forecast here is made after the fact.");
    } finally {
      await anonymous.close();
    }
  } finally {
    await team.dispose();
  }
});

test("an outcome dated in the future is refused next to its field, keeping what was typed", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  const analyst = await createUser("ANALYST");
  try {
    const claim = await createClaim(team, {
      claimantId: (await createActor()).id,
      statement: `A promise ${crypto.randomUUID()}`,
    });
    await signInContext(context, analyst);
    await page.goto(`/claims/${claim.id}`);
    const form = page.getByRole("form", { name: "Record outcome" });
    await form.getByLabel("Date it happened").fill("2030-01-01");
    await form.getByRole("combobox", { name: "New outcome" }).selectOption({ index: 1 });
    await form.getByLabel("What happened").fill("Signed, supposedly.");
    await form.getByRole("button", { name: "Record outcome" }).click();

    const date = form.getByLabel("Date it happened");
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await expect(date).toHaveAttribute("aria-describedby", /occurredAt-error/);
    await expect(form.locator("#outcome-occurredAt-error")).toHaveText(
      /The date it happened cannot be in the future: the latest accepted is \d{4}-\d{2}-\d{2}, today's date in UTC plus 1 day for time zones/,
    );
    await expect(date).toHaveValue("2030-01-01");
    await expect(form.getByLabel("What happened")).toHaveValue("Signed, supposedly.");

    // Before the claim was made (2025-12-15): refused on the same field.
    await date.fill("2025-12-01");
    await form.getByRole("button", { name: "Record outcome" }).click();
    await expect(form.locator("#outcome-occurredAt-error")).toHaveText(
      "The date it happened cannot be before the claim was made (2025-12-15)",
    );
    await expect(form.getByLabel("What happened")).toHaveValue("Signed, supposedly.");
    expect(await testDb().outcomeUpdate.count({ where: { claimId: claim.id } })).toBe(0);
  } finally {
    await team.dispose();
  }
});

test("impossible dates in the API are 400s naming the field, never 500s", async ({ request }) => {
  const list = await expectApiError(
    await request.get("/api/v1/claims?from=0000-01-01"),
    400,
    "INVALID",
  );
  expect(list.fields).toEqual({ from: "The start date must be in the years 1900 to 2100" });
  const exported = await expectApiError(
    await request.get("/api/v1/export/claims.csv?to=9999-12-31"),
    400,
    "INVALID",
  );
  expect(Object.keys(exported.fields ?? {})).toEqual(["to"]);
});

test("the claim search shows an impossible year next to its field", async ({ page }) => {
  const response = await page.goto("/claims?from=0000-01-01");
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel("Made on or after")).toHaveValue("0000-01-01");
  await expect(page.locator("#from-error")).toHaveText(
    "The start date must be in the years 1900 to 2100",
  );
});

test("a retracted claim has no ClaimReview; its page shows the retraction and its note", async ({
  page,
  playwright,
  baseURL,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  try {
    const claim = await createClaim(team, {
      claimantId: (await createActor()).id,
      statement: `Retract me ${crypto.randomUUID()}`,
    });
    await recordOutcome(team, claim.id, { status: "HELD", note: "It held." });
    await publish(team, claim.id);
    await page.goto(`/claims/${claim.id}`);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);

    const note = "Withdrawn: the statement was misattributed.";
    await retract(team.editor, claim.id, note);
    await page.reload();
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
    await expect(page.getByRole("note")).toContainText("Retracted");
    await expect(page.getByRole("note")).toContainText(note);
    const api = (await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()) as {
      editorialStatus: string;
      correctionNote: string;
    };
    expect(api).toMatchObject({ editorialStatus: "RETRACTED", correctionNote: note });
    const feed = await (await page.request.get("/feed.xml")).text();
    expect(feed).toContain(note);
  } finally {
    await team.dispose();
  }
});
