import { expect, test } from "@playwright/test";

test("home lists the published demo claims and each opens its own page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Latest published claims" })).toBeVisible();
  // Other specs publish claims of their own into the same database; the demo ones must be here.
  const links = page.locator("#main ul li a").filter({
    hasText: /similar to Article 5 of the NATO treaty|closer to peace by the end of this day/,
  });
  await expect(links).toHaveCount(2);
  // Drafts and claims in review are not public.
  await expect(page.getByText(/strong security guarantees for Kyiv/)).toHaveCount(0);
  await expect(page.getByText(/constructive and fruitful/)).toHaveCount(0);

  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(new Set(hrefs).size).toBe(2);
  for (const href of hrefs) {
    await page.goto(href ?? "");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  }
});
