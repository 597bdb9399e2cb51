import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { testDb } from "./support/db";
import { createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { expectApiError } from "./support/api";

// The shared test machine is busy: the first scan after the server starts may wait for the CPU.
test.describe.configure({ timeout: 90_000 });

const SEED = readFileSync("prisma/seed/seed-article.txt", "utf8");

async function fillArticle(
  page: Page,
  fields: { url: string; title: string; date: string; text: string },
) {
  await page.getByLabel("Address (URL)").fill(fields.url);
  await page.getByLabel("Title").fill(fields.title);
  await page.getByLabel("Outlet").fill("E2E Wire");
  await page.getByLabel("Publication date").fill(fields.date);
  await page.getByLabel("Article text").fill(fields.text);
}

test("an analyst takes in the seed article: drafts with anchored citations, repeats cited once", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const url = `https://wire.example.org/e2e/${randomUUID()}`;

  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Article intake" }).click();
  await expect(page.getByRole("heading", { name: "Article intake", level: 1 })).toBeVisible();
  await fillArticle(page, {
    url,
    title: "Guarantees similar to NATO",
    date: "2025-12-15",
    text: SEED,
  });
  await page.getByRole("button", { name: "Find candidates" }).click();

  const list = page.getByRole("list", { name: "Candidates" });
  // Generous: a first scan on a busy shared test machine may wait for the CPU.
  await expect(list.getByRole("listitem")).toHaveCount(7, { timeout: 30_000 });
  await expect(
    page.getByRole("region", { name: "Article with candidates highlighted" }).locator("mark"),
  ).toHaveCount(7);
  const article5 = list
    .getByRole("listitem")
    .filter({ hasText: "similar to Article 5 of the NATO treaty" });
  // The offer names the claim it would cite: its words and its claimant.
  await expect(
    article5.getByText(/Add this source as a citation to claim “.+” by senior US official/i),
  ).toBeVisible();
  const hope = list.getByRole("listitem").filter({ hasText: "We hope to reach an agreement" });
  await expect(hope.getByText("Add this source as a citation to")).toBeVisible();
  // A new passage: a new draft, spoken by the matched actor, with the role from the text.
  const progress = list.getByRole("listitem").filter({ hasText: "real progress had been made" });
  await expect(progress.getByText("Existing actor: Rustem Umerov")).toBeVisible();
  await expect(progress.getByLabel("Role at the time")).toHaveValue(
    "Ukraine’s chief negotiator and defense minister",
  );
  // The analyst leaves out the first candidate and corrects the kind of another.
  await list
    .getByRole("listitem")
    .filter({ hasText: "the outlines of an imminent" })
    .getByRole("checkbox")
    .first()
    .uncheck();
  await progress.getByLabel("Kind").selectOption("STATEMENT");

  await page.getByRole("button", { name: "Create 6 ticked" }).click();
  await expect(page.getByRole("heading", { name: "Intake saved" })).toBeVisible();

  const db = testDb();
  const source = await db.source.findUniqueOrThrow({
    where: { url },
    include: { citations: { include: { claim: true } } },
  });
  expect(source.capturedText).toBe(SEED.replace(/\r\n?/g, "\n"));
  expect(source.citations).toHaveLength(6);
  expect(source.citations.every((c) => c.foundInCapture)).toBe(true);
  const drafts = source.citations.filter((c) => c.claim.createdById === analyst.id);
  expect(drafts.map((c) => c.claim.editorialStatus)).toEqual(drafts.map(() => "DRAFT"));
  expect(drafts.length).toBeGreaterThanOrEqual(2);
  const progressClaim = drafts.find((c) => c.exact.startsWith("real progress"))?.claim;
  expect(progressClaim).toMatchObject({
    kind: "STATEMENT",
    isVerbatim: false,
    claimantRole: "Ukraine’s chief negotiator and defense minister",
  });
  const repeated = source.citations.find((c) => c.exact.includes("Article 5"));
  expect(repeated?.claim.createdById).not.toBe(analyst.id);

  // Pressing again creates nothing twice.
  const before = await db.citation.count();
  await page.getByRole("button", { name: "Create 6 ticked" }).click();
  await expect(page.getByText("6 already there.")).toBeVisible();
  expect(await db.citation.count()).toBe(before);

  // The new draft shows its anchored quote; the repeated claim tells its sources apart.
  await page.goto(`/claims/${progressClaim?.id}`);
  await expect(page.getByTestId("citation").locator("mark")).toContainText(
    "real progress had been made",
  );
  await expect(page.getByText("Quote found in the captured copy")).toBeVisible();
  await page.goto(`/claims/${repeated?.claimId}`);
  await expect(page.getByText(/Repeats the quote first published by/).first()).toBeVisible();
  await expect(page.getByText("Independent source").first()).toBeVisible();
});

test("bad input gets field errors and keeps the pasted text; the keyboard alone works", async ({
  page,
  context,
}) => {
  await signInContext(context, await createUser("ANALYST"));
  await page.goto("/intake");
  const text = "“We will open the new bridge by Friday,” Mayor Lena Holt said on Monday.";
  await fillArticle(page, { url: "not a url", title: "Bridge", date: "2026-03-02", text });
  // The source's limited fields count as they are typed, before any submit.
  await expect(page.locator("#title-count")).toHaveText("6 of 500 characters");
  await expect(page.locator("#url-count")).toHaveText("9 of 2,048 characters");
  await expect(page.locator("#outlet-count")).toHaveText(/^\d+ of 300 characters$/);
  await page.getByRole("button", { name: "Find candidates" }).focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByText("Enter a full web address, starting with http:// or https://"),
  ).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue(text);

  await page.getByLabel("Article text").fill("   ");
  await page.getByRole("button", { name: "Find candidates" }).click();
  await expect(page.getByText("Paste the text of the source")).toBeVisible();

  // Over 2 MB: named at once, next to the field, and the paste stays in the box.
  // Set as a paste would leave it: typing 2 MB through the keyboard API takes minutes.
  const huge = `${text} `.repeat(Math.ceil((2 * 1024 * 1024 + 1) / (text.length + 1)));
  await page
    .getByLabel("Article text")
    .evaluate((box: HTMLTextAreaElement, value: string) => (box.value = value), huge);
  await page.getByRole("button", { name: "Find candidates" }).click();
  await expect(page.getByText(/The article text must be at most 2 MB/)).toBeVisible();
  expect((await page.getByLabel("Article text").inputValue()).length).toBe(huge.length);

  await page.getByLabel("Address (URL)").fill(`https://city.example.org/${randomUUID()}`);
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Find candidates" }).focus();
  await page.keyboard.press("Enter");
  const card = page.getByRole("list", { name: "Candidates" }).getByRole("listitem");
  await expect(card).toHaveCount(1);
  // Focus lands on the outcome of the scan, not on the page's start.
  await expect(page.getByRole("heading", { name: "1 candidate", exact: true })).toBeFocused();
  await expect(card.getByLabel("Speaker")).toHaveValue("Lena Holt");
  await expect(card.getByLabel("Resolve by")).toHaveValue("2026-03-06");
  await expect(card.getByRole("textbox", { name: "Resolve by" })).toHaveAccessibleDescription(
    /Write the day as YYYY-MM-DD/,
  );
  const tick = card.getByRole("checkbox").first();
  await tick.focus();
  await page.keyboard.press("Space");
  await expect(tick).not.toBeChecked();
  await page.keyboard.press("Space");
  await expect(tick).toBeChecked();
  await page.getByRole("button", { name: "Create 1 ticked" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Intake saved" })).toBeVisible();
  const saved = page.getByRole("status").filter({ hasText: "Intake saved" });
  await expect(saved).toBeFocused();
  await expect(saved).toContainText("1 new draft, 0 citations on existing claims");
  await expect(saved.getByRole("listitem")).toContainText("We will open the new bridge by Friday");
});

test("a viewer may not use intake, on the page or through the API", async ({ page, context }) => {
  await signInContext(context, await createUser("VIEWER"));
  await page.goto("/intake");
  await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Intake" })).toHaveCount(0);
  // A small body: the refusal is sent before a body is read.
  const preview = await context.request.post("/api/v1/intake/candidates", { data: { text: "x" } });
  await expectApiError(preview, 403, "FORBIDDEN");
  const create = await context.request.post("/api/v1/intake", { data: { items: [] } });
  await expectApiError(create, 403, "FORBIDDEN");
});

test("the API names a bad date and answers candidates with quote === text.slice(start, end)", async ({
  context,
}) => {
  await signInContext(context, await createUser("ANALYST"));
  const bad = await context.request.post("/api/v1/intake/candidates", {
    data: { text: SEED, publishedAt: "2026-02-31" },
  });
  const error = await expectApiError(bad, 400, "INVALID");
  expect(Object.keys(error.fields ?? {})).toEqual(["publishedAt"]);
  const response = await context.request.post("/api/v1/intake/candidates", {
    data: { text: SEED, publishedAt: "2025-12-15" },
  });
  expect(response.status()).toBe(200);
  const { candidates } = (await response.json()) as {
    candidates: {
      quote: string;
      start: number;
      end: number;
      resolveBy: string | null;
      existingClaimId: string | null;
    }[];
  };
  expect(candidates.length).toBeGreaterThanOrEqual(4);
  for (const c of candidates) expect(c.quote).toBe(SEED.slice(c.start, c.end));
  expect(candidates.find((c) => c.quote.startsWith("We hope"))?.resolveBy).toBe("2025-12-15");
});

test("POST /api/v1/intake with one Idempotency-Key twice at once: one set of records, one answer", async ({
  context,
}) => {
  await signInContext(context, await createUser("ANALYST"));
  const url = `https://wire.example.org/e2e/${randomUUID()}`;
  const body = {
    source: { url, title: "Guarantees", text: SEED, publishedAt: "2025-12-15" },
    items: [
      {
        form: "REPORTED",
        quote: "strong security guarantees",
        newClaimant: { name: "senior US official", kind: "ANONYMOUS" },
      },
    ],
  };
  const headers = { "Idempotency-Key": randomUUID() };
  const [a, b] = await Promise.all([
    context.request.post("/api/v1/intake", { data: body, headers }),
    context.request.post("/api/v1/intake", { data: body, headers }),
  ]);
  expect([a.status(), b.status()]).toEqual([201, 201]);
  expect(await b.json()).toEqual(await a.json());
  const replayed = [a, b].map((r) => r.headers()["idempotent-replayed"] ?? null).sort();
  expect(replayed).toEqual(["true", null].sort());
  expect(await testDb().citation.count({ where: { source: { url } } })).toBe(1);

  const other = await context.request.post("/api/v1/intake", {
    data: { ...body, items: [{ ...body.items[0], quote: "similar to Article 5" }] },
    headers,
  });
  const error = await expectApiError(other, 409, "CONFLICT");
  expect(Object.keys(error.fields ?? {})).toEqual(["idempotencyKey"]);
});
