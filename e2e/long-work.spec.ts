import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createUser } from "./support/factories";
import { signInContext } from "./support/auth";

// Work that can take over a second shows its progress and can be cancelled. The network is
// slowed in the browser (page.route holds the request) so the wait is long enough to see;
// the server and database are real.

test.describe.configure({ timeout: 60_000 });

const SEED = readFileSync("prisma/seed/seed-article.txt", "utf8");

/** Holds requests matching `test` for `ms` before letting them through. */
async function slowDown(page: Page, test: (method: string, url: string) => boolean, ms: number) {
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (test(request.method(), request.url())) await new Promise((r) => setTimeout(r, ms));
    await route.continue().catch(() => undefined);
  });
}

test("fetching a page shows its progress and seconds, and Cancel stops it, changing nothing", async ({
  page,
  context,
}) => {
  await signInContext(context, await createUser("ANALYST"));
  await slowDown(
    page,
    (method, url) => method === "POST" && url.endsWith("/api/v1/sources/fetch"),
    4_000,
  );
  await page.goto("/sources/new");
  await page.getByLabel("Address (URL)").fill(`https://news.example.org/e2e/${randomUUID()}`);
  await page.getByLabel("Captured text").fill("Typed by hand.");
  await page.getByRole("button", { name: "Fetch text" }).click();

  await expect(page.getByRole("progressbar", { name: "Fetching the page…" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Fetch text" })).toBeDisabled();
  const cancel = page.getByRole("button", { name: "Cancel" });
  await expect(cancel).toBeVisible();
  await expect(page.getByText(/Fetching the page… \d+ s/)).toBeVisible();
  await cancel.click();

  await expect(page.getByText("Fetching cancelled; nothing was changed.")).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByLabel("Captured text")).toHaveValue("Typed by hand.");
  await expect(page.getByRole("button", { name: "Fetch text" })).toBeEnabled();
});

test("a slow intake scan shows its progress and can be cancelled, then run again", async ({
  page,
  context,
}) => {
  await signInContext(context, await createUser("ANALYST"));
  let slow = true;
  // The scan is a server action: a POST to the intake page itself.
  await slowDown(
    page,
    (method, url) => slow && method === "POST" && url.includes("/intake"),
    4_000,
  );
  await page.goto("/intake");
  await page.getByLabel("Address (URL)").fill(`https://wire.example.org/e2e/${randomUUID()}`);
  await page.getByLabel("Title").fill("Guarantees similar to NATO");
  await page.getByLabel("Publication date").fill("2025-12-15");
  await page.getByLabel("Article text").fill(SEED);
  await page.getByRole("button", { name: "Find candidates" }).click();

  await expect(page.getByRole("progressbar", { name: "Finding candidates…" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Candidates" })).toHaveCount(0);
  await expect(page.getByLabel("Article text")).toHaveValue(SEED);

  slow = false;
  await page.getByRole("button", { name: "Find candidates" }).click();
  await expect(page.getByRole("list", { name: "Candidates" })).toBeVisible({ timeout: 30_000 });
});
