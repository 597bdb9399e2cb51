import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { chosenTag, shownOption } from "./support/pickers";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { claimFrom, claimInput } from "./support/api";

// The shared RecordPicker (components/pickers/record-picker.tsx) where the library is large:
// evidence is found by searching, chosen and removed by keyboard or touch alone.

async function createClaim(request: APIRequestContext) {
  const actor = await createActor();
  const response = await request.post("/api/v1/claims", {
    data: claimInput(actor.id, { kind: "PROMISE" }),
  });
  expect(response.status(), await response.text()).toBe(201);
  return claimFrom(response);
}

/** A library of `count` sources whose titles share `tag`, so the search must narrow it. */
async function createLibrary(createdById: string, tag: string, count: number) {
  await testDb().source.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      url: `https://news.example.org/pickers/${tag}/${i}`,
      title: `Harbour report ${tag} number ${i}`,
      kind: "NEWS_ARTICLE" as const,
      createdById,
    })),
  });
  return testDb().source.findMany({ where: { title: { contains: tag } } });
}

const evidenceBox = (page: Page) =>
  page.getByRole("form", { name: "Record outcome" }).getByRole("combobox", { name: /^Evidence/ });

test("evidence is searched in a 60-source library, chosen and removed by keyboard alone", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  // Letters only, so a typed number matches a source's number and never its tag.
  const tag = randomUUID()
    .slice(0, 8)
    .replace(/\d/g, (d) => "ghijklmnop"[Number(d)]!);
  const library = await createLibrary(analyst.id, tag, 60);
  const claim = await createClaim(context.request);
  await page.goto(`/claims/${claim.id}`);
  const form = page.getByRole("form", { name: "Record outcome" });

  const box = evidenceBox(page);
  // Disabled until hydrated, so nothing typed before is lost; then the keyboard alone.
  await expect(box).toBeEnabled();
  await box.focus();
  await page.keyboard.type(`${tag} number 17`);
  await expect(form.getByText("1 source matches.")).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(box).toHaveValue("");
  await page.keyboard.type(`${tag} number 4`);
  // Each word anywhere: "4" is in 4, 14, 24, 34, 40…49 and 54, so fifteen match, all listed.
  await expect(form.getByText("15 sources match.")).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  const first = chosenTag(form, "Evidence", `Harbour report ${tag} number 17`);
  await expect(first).toBeVisible();
  await expect(form.getByRole("grid", { name: "Chosen: Evidence" }).getByRole("row")).toHaveCount(
    2,
  );

  // Shift+Tab leaves the box for the tags; Delete removes the focused one.
  await first.focus();
  await page.keyboard.press("Delete");
  await expect(first).toHaveCount(0);
  await expect(form.getByRole("grid", { name: "Chosen: Evidence" }).getByRole("row")).toHaveCount(
    1,
  );

  await form.getByLabel("Date it happened").fill("2026-03-18");
  await form.getByRole("combobox", { name: "New outcome" }).selectOption({ label: "Kept (Held)" });
  await form.getByLabel("What happened").fill("The harbour reopened.");
  await form.getByRole("button", { name: "Record outcome" }).click();
  await expect(form.getByRole("status")).toHaveText("Outcome update recorded.");

  const update = await testDb().outcomeUpdate.findFirstOrThrow({
    where: { claimId: claim.id },
    include: { evidence: { include: { source: true } } },
  });
  const titles = update.evidence.map((e) => e.source.title);
  expect(titles).toHaveLength(1);
  expect(titles[0]).toMatch(new RegExp(`^Harbour report ${tag} number \\d*4\\d*$`));
  expect(library).toHaveLength(60);
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test("a source is chosen by tapping, and the page fits the screen", async ({ page, context }) => {
    const analyst = await createUser("ANALYST");
    await signInContext(context, analyst);
    const tag = randomUUID().slice(0, 8);
    await createLibrary(analyst.id, tag, 3);
    const claim = await createClaim(context.request);
    await page.goto(`/claims/${claim.id}`);
    const form = page.getByRole("form", { name: "Record outcome" });

    // A scroll closes the list (the field may move under the finger); the user taps again.
    const tag2 = chosenTag(form, "Evidence", `Harbour report ${tag} number 2`);
    await expect(async () => {
      await evidenceBox(page).tap();
      const option = await shownOption(
        evidenceBox(page),
        `${tag} number 2`,
        `Harbour report ${tag} number 2`,
      );
      await option.tap({ timeout: 2_000 });
      await evidenceBox(page).press("Escape");
      await expect(tag2).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 25_000 });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});

test("an open picker has no accessibility violations, and a search with no match says so", async ({
  page,
  context,
}) => {
  await signInContext(context, await createUser("ANALYST"));
  await page.goto("/claims/new");
  const claimant = page.getByRole("combobox", { name: /^Claimant/ });
  await claimant.fill(`nobody-${randomUUID().slice(0, 8)}`);
  await expect(
    page.getByText(/^No actor matches “nobody-.*”\. You can create one\.$/),
  ).toBeVisible();
  await expect(page.getByRole("option", { name: /^Create a new actor/ })).toBeVisible();
  // While the list is open the rest of the page is hidden from assistive technology (as
  // React Aria does for a popup), so the list itself is checked then, the page after.
  const open = await new AxeBuilder({ page }).include('[role="listbox"]').analyze();
  expect(open.violations).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(claimant).toHaveAttribute("aria-expanded", "false");
  const closed = await new AxeBuilder({ page }).analyze();
  expect(closed.violations).toEqual([]);

  // Nothing chosen: the save is refused next to the picker.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#claimantId-error")).toHaveText("Choose who made the claim");
  await expect(page.getByRole("combobox", { name: /^Claimant/ })).toHaveAccessibleDescription(
    /Choose who made the claim/,
  );
});

test("a viewer gets no evidence picker, and the source search refuses anonymous callers", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const analyst = await playwright.request.newContext({ baseURL });
  await signInViaApi(analyst, await createUser("ANALYST"));
  const claim = await createClaim(analyst);
  await analyst.dispose();

  await signInContext(context, await createUser("VIEWER"));
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Outcome timeline" })).toBeVisible();
  await expect(evidenceBox(page)).toHaveCount(0);

  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/api/v1/sources?q=harbour");
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});
