import { expect, test } from "@playwright/test";

test("home lists the latest published claims; the demo claims are public and open their own pages", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Latest published claims" })).toBeVisible();
  // Other specs publish claims of their own into the same database, so which claims are the
  // latest depends on the order specs run in: home lists some, each a claim's own page.
  const latest = page.locator("#main ul li a[href^='/claims/']");
  await expect(latest.first()).toBeVisible();
  expect(await latest.count()).toBeLessThanOrEqual(20);

  // The published demo claims are found by the public search; drafts and claims in review
  // are not.
  const demo = /similar to Article 5 of the NATO treaty|closer to peace by the end of this day/;
  const both = `"similar to Article 5 of the NATO treaty" OR "closer to peace by the end of this day"`;
  await page.goto(`/claims?q=${encodeURIComponent(both)}`);
  const links = page.locator("#main ul li a").filter({ hasText: demo });
  await expect(links).toHaveCount(2);
  for (const draft of ["strong security guarantees for Kyiv", "constructive and fruitful"]) {
    await page.goto(`/claims?q=${encodeURIComponent(`"${draft}"`)}`);
    await expect(page.getByText("No published claim matches this search.")).toBeVisible();
  }
  await page.goto(`/claims?q=${encodeURIComponent(both)}`);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(new Set(hrefs).size).toBe(2);
  for (const href of hrefs) {
    await page.goto(href ?? "");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  }
});
