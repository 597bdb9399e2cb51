import { expect, test, type APIRequestContext } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { claimFrom, claimInput } from "./support/api";
import { publish, signedInTeam } from "./support/public-workflow";

// A member's claim page is long (citations, outcomes, forecasts, discussion, history, each
// with its form). It has a sticky bar of in-page links, and a save keeps its section in view.

async function createClaim(request: APIRequestContext) {
  const actor = await createActor();
  const response = await request.post("/api/v1/claims", {
    data: claimInput(actor.id, { resolveBy: null }),
  });
  expect(response.status(), await response.text()).toBe(201);
  return claimFrom(response);
}

const SECTIONS = ["Statement", "Citations", "Outcomes", "Forecasts", "Discussion", "History"];

test("the section bar leads to every section, stays on screen, and a save keeps its section in view", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const claim = await createClaim(context.request);
  await page.goto(`/claims/${claim.id}`);

  const bar = page.getByRole("navigation", { name: "Sections of this claim" });
  await expect(bar.getByRole("link")).toHaveText(SECTIONS);
  // On a laptop the links stay on one line (they wrap only where they do not fit); measured
  // in one go, as the sticky bar moves while the page scrolls.
  const tops = await bar.evaluate((nav) => [
    ...new Set([...nav.querySelectorAll("a")].map((a) => a.getBoundingClientRect().top)),
  ]);
  expect(tops).toHaveLength(1);
  // Each section's address is its name (the outcomes were once at #timeline).
  const targets = await bar
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(targets).toEqual(SECTIONS.map((s) => `#${s.toLowerCase()}`));
  for (const target of targets) {
    await expect(page.locator(target!), `${target} exists once`).toHaveCount(1);
  }
  // Every form on the page at once: no two elements share an id, so each label names its
  // own field (the outcome form's "What happened" once pointed at the citation's note).
  const repeated = await page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(repeated).toEqual([]);
  for (const [formName, label] of [
    ["Record outcome", "What happened"],
    ["Record outcome", "Date it happened"],
    ["Your forecast", "Rationale"],
  ] as const) {
    await expect(page.getByRole("form", { name: formName }).getByLabel(label)).toHaveCount(1);
  }

  // The last form on the page: its section comes into view, below the bar, not under it.
  await bar.getByRole("link", { name: "Forecasts" }).click();
  await expect(page).toHaveURL(/#forecasts$/);
  const heading = page.locator("#forecasts");
  await expect(heading).toBeInViewport();
  await expect(bar).toBeInViewport();
  const barBox = (await bar.boundingBox())!;
  const headingBox = (await heading.boundingBox())!;
  expect(headingBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);

  const form = page.getByRole("form", { name: "Your forecast" });
  await form.getByLabel("Probability (%)").fill("70");
  await form.getByLabel("Rationale").fill("Funding is secured.");
  await form.getByRole("button", { name: "Save forecast" }).click();
  await expect(form.getByRole("status")).toHaveText("Forecast saved: 70 % (likely).");
  // The new forecast is added above the form; the message stays in view and takes the focus.
  await expect(form.getByRole("status")).toBeInViewport();
  await expect(form.getByRole("status")).toBeFocused();
  await expect(page.getByRole("region", { name: "Forecasts", exact: true })).toBeInViewport();

  // The same for an outcome, whose new entry is added to the timeline above its form.
  const outcome = page.getByRole("form", { name: "Record outcome" });
  await outcome.getByLabel("Date it happened").fill("2026-01-10");
  await outcome.getByRole("combobox", { name: "New outcome" }).selectOption({ index: 1 });
  await outcome.getByLabel("What happened").fill("Tenders were published.");
  await outcome.getByRole("button", { name: "Record outcome" }).click();
  await expect(outcome.getByRole("status")).toHaveText("Outcome update recorded.");
  await expect(outcome.getByRole("status")).toBeInViewport();
  await expect(outcome.getByRole("status")).toBeFocused();

  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText(`Revision 1 by ${analyst.name}`);
  await history.getByRole("link", { name: /^Full history/ }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}/history$`));
});

test("old section addresses still lead to their sections", async ({ page, context }) => {
  await signInContext(context, await createUser("ANALYST"));
  const claim = await createClaim(context.request);
  for (const [old, heading] of [
    ["timeline", "Outcome timeline"],
    ["comments", "Comments"],
  ] as const) {
    await page.goto(`/claims/${claim.id}#${old}`);
    await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeInViewport();
  }
});

test("the public reading has no section bar and no history", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await signInContext(context, await createUser("EDITOR"));
  const claim = await createClaim(context.request);
  // The demo data's published claim stands for any public page.
  const published = await testDb().claim.findFirstOrThrow({
    where: { editorialStatus: "PUBLISHED" },
  });
  const visitor = await browser.newContext({ baseURL });
  const anonymous = await visitor.newPage();
  await anonymous.goto(`/claims/${published.id}`);
  await expect(anonymous.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(anonymous.getByRole("navigation", { name: "Sections of this claim" })).toHaveCount(
    0,
  );
  await expect(anonymous.getByRole("region", { name: "History" })).toHaveCount(0);
  await visitor.close();
  // A member gets both.
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole("navigation", { name: "Sections of this claim" })).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toBeVisible();
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the section bar shows every section without sideways scrolling; the page does not widen", async ({
    page,
    context,
  }) => {
    await signInContext(context, await createUser("ANALYST"));
    const claim = await createClaim(context.request);
    await page.goto(`/claims/${claim.id}`);
    const bar = page.getByRole("navigation", { name: "Sections of this claim" });
    await expect(bar).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // Nothing hidden past the bar's edge: it does not scroll, and every link lies inside it.
    const overflow = await bar.evaluate((nav) => nav.scrollWidth - nav.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const barBox = (await bar.boundingBox())!;
    for (const link of await bar.getByRole("link").all()) {
      const box = (await link.boundingBox())!;
      const name = (await link.textContent()) ?? "";
      expect(box.x, name).toBeGreaterThanOrEqual(barBox.x);
      expect(box.x + box.width, name).toBeLessThanOrEqual(barBox.x + barBox.width);
      await expect(link).toBeInViewport({ ratio: 1 });
    }
    // The last section, by a tap: its heading lands below the bar (taller here), not under it.
    await bar.getByRole("link", { name: "History" }).tap();
    await expect(page).toHaveURL(/#history$/);
    const heading = page.locator("#history");
    await expect(heading).toBeInViewport();
    const shown = (await bar.boundingBox())!;
    const headingBox = (await heading.boundingBox())!;
    expect(headingBox.y).toBeGreaterThanOrEqual(shown.y + shown.height - 1);
  });

  test("a published claim as it stands has no empty review box; an editor's shows only the retraction", async ({
    page,
    context,
    browser,
    baseURL,
    playwright,
  }) => {
    const team = await signedInTeam(playwright, baseURL);
    const created = await team.analyst.post("/api/v1/claims", {
      data: claimInput((await createActor()).id, { resolveBy: null }),
    });
    expect(created.status(), await created.text()).toBe(201);
    const claim = await claimFrom(created);
    await publish(team, claim.id);
    await team.dispose();

    await signInContext(context, await createUser("ANALYST"));
    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByRole("navigation", { name: "Sections of this claim" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Review", exact: true })).toHaveCount(0);
    await expect(page.getByText("No review step")).toHaveCount(0);

    const editorContext = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
    });
    await signInContext(editorContext, await createUser("EDITOR"));
    const editor = await editorContext.newPage();
    await editor.goto(`/claims/${claim.id}`);
    const box = editor.getByRole("region", { name: "Review", exact: true });
    await expect(box.getByText("Retract this claim…")).toBeVisible();
    await expect(box).not.toContainText("No review step");
    await editorContext.close();
  });
});
