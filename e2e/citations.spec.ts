import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { choose } from "./support/pickers";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { claimInput, expectApiError } from "./support/api";
import { holdScripts } from "./support/hydration";

const ARTICLE = [
  "KYIV — The agreement includes “strong guarantees, similar to Article 5 of the NATO treaty,”",
  "a senior US official said on Monday.",
  "",
  "Ukraine’s chief negotiator said: “We hope to reach an agreement that brings us closer to",
  "peace by the end of this day.”",
].join("\n");

/** A draft claim and a source (reliability C) made through the API as `request`'s user. */
async function claimAndSource(request: APIRequestContext) {
  const actor = await createActor();
  const claim = await request.post("/api/v1/claims", { data: claimInput(actor.id) });
  expect(claim.status()).toBe(201);
  const tag = randomUUID();
  const source = await request.post("/api/v1/sources", {
    data: {
      url: `https://news.example.org/e2e/citations/${tag}`,
      title: `Guarantees report ${tag}`,
      outlet: "Example News",
      kind: "NEWS_ARTICLE",
      reliability: "C",
      capturedText: ARTICLE,
    },
  });
  expect(source.status()).toBe(201);
  return {
    claimId: ((await claim.json()) as { id: string }).id,
    source: ((await source.json()) as { source: { id: string; title: string } }).source,
  };
}

async function pickSource(page: Page, title: string) {
  const form = page.getByRole("region", { name: "Add citation" });
  await choose(form, "Source", title);
  await expect(form.getByRole("combobox", { name: /^Source/ })).toHaveValue(title);
  await expect(form.getByRole("document", { name: `Captured copy of ${title}` })).toBeVisible();
  return form;
}

/** Selects `words` inside the captured copy, as a mouse drag over them would. */
async function selectInCapturedCopy(page: Page, title: string, words: string) {
  const panel = page.getByRole("document", { name: `Captured copy of ${title}` });
  await panel.evaluate((element, wanted) => {
    const node = element.firstChild;
    const at = node?.textContent?.indexOf(wanted) ?? -1;
    if (!node || at < 0) throw new Error(`"${wanted}" is not in the captured copy`);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, words);
}

test("a quote pasted before the page is live is kept, and the citation saves with it", async ({
  page,
  context,
}) => {
  await signInContext(context, await createUser("ANALYST"));
  const { claimId, source } = await claimAndSource(context.request);
  const release = await holdScripts(page);
  await page.goto(`/claims/${claimId}`, { waitUntil: "commit" });
  const form = page.getByRole("region", { name: "Add citation" });
  const quote = "strong guarantees, similar to Article 5 of the NATO treaty";
  await form.getByLabel("Quote").fill(quote);
  release();
  await pickSource(page, source.title);
  await expect(form.getByLabel("Quote")).toHaveValue(quote);
  await form
    .getByRole("combobox", { name: "Information credibility" })
    .selectOption({ label: "2 — Probably true" });
  await form.getByRole("button", { name: "Add citation" }).click();
  await expect(form.getByRole("status")).toContainText("the quote was found in the captured copy");
  const saved = await testDb().citation.findFirstOrThrow({ where: { claimId } });
  expect(saved.exact).toBe(quote);
});

test("an analyst cites a source by selecting its words; the claim page highlights the quote", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const { claimId, source } = await claimAndSource(context.request);
  const dialogs: string[] = [];
  page.on("dialog", (d) => void d.dismiss().then(() => dialogs.push(d.message())));

  await page.goto(`/claims/${claimId}`);
  const form = await pickSource(page, source.title);
  await expect(form).toContainText("Source reliability: C — Fairly reliable");
  const quote = "strong guarantees, similar to Article 5 of the NATO treaty";
  await selectInCapturedCopy(page, source.title, quote);
  await expect(form.getByLabel("Quote")).toHaveValue(quote);
  // The quote's limit is counted live, whether typed or chosen from the copy.
  await expect(form.locator("#quote-count")).toHaveText(`${quote.length} of 5,000 characters`);
  await form
    .getByRole("combobox", { name: "Information credibility" })
    .selectOption({ label: "2 — Probably true" });
  await form.getByRole("button", { name: "Add citation" }).click();

  await expect(form.getByRole("status")).toContainText("the quote was found in the captured copy");
  const citation = page.getByTestId("citation");
  await expect(citation).toHaveCount(1);
  await expect(citation.locator("mark")).toHaveText(quote);
  await expect(citation).toContainText("The agreement includes “");
  await expect(citation).toContainText("C — Fairly reliable");
  await expect(citation).toContainText("2 — Probably true");
  await expect(citation).toContainText("Quote found in the captured copy");
  await expect(citation).toContainText("Awaiting review");
  await expect(citation.getByRole("link", { name: source.title })).toHaveAttribute(
    "href",
    `https://news.example.org/e2e/citations/${source.title.replace("Guarantees report ", "")}`,
  );
  // The form is empty again for the next citation.
  await expect(form.getByLabel("Quote")).toHaveValue("");

  const row = await testDb().citation.findFirstOrThrow({ where: { claimId } });
  expect(row).toMatchObject({
    exact: quote,
    foundInCapture: true,
    credibility: "PROBABLY_TRUE",
    publishedAt: null,
  });
  expect(row.prefix).toContain("The agreement includes “");
  expect(row.suffix.startsWith(",”")).toBe(true);
  expect(dialogs).toEqual([]);
});

test("a pasted quote that is not in the copy is kept, marked not found, and rendered inert", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const { claimId, source } = await claimAndSource(context.request);
  const dialogs: string[] = [];
  page.on("dialog", (d) => void d.dismiss().then(() => dialogs.push(d.message())));

  await page.goto(`/claims/${claimId}`);
  const form = await pickSource(page, source.title);
  const hostile = `<script>alert("quote")</script><img src=x onerror="alert(1)">`;
  await form.getByLabel("Quote").fill(hostile);
  // Without a grade the save fails; the error sits by the field and nothing typed is lost.
  await form.getByRole("button", { name: "Add citation" }).click();
  await expect(page.locator("#credibility-error")).toHaveText(
    "Choose an information credibility grade from 1 to 6",
  );
  await expect(form.getByLabel("Quote")).toHaveValue(hostile);
  await expect(form.getByRole("combobox", { name: /^Source/ })).toHaveValue(source.title);
  await expect(form.locator('input[type="hidden"][name="sourceId"]')).toHaveValue(source.id);

  await form
    .getByRole("combobox", { name: "Information credibility" })
    .selectOption({ label: "6 — Truth cannot be judged" });
  await form.getByRole("button", { name: "Add citation" }).click();
  await expect(form.getByRole("status")).toContainText("not found in the captured copy");
  const citation = page.getByTestId("citation");
  await expect(citation).toContainText(hostile);
  await expect(citation).toContainText("Quote not found in the captured copy");
  await expect(citation).toContainText("6 — Truth cannot be judged");
  await expect(citation.locator("mark")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("a viewer gets no citation form and the API refuses them", async ({
  page,
  context,
  browser,
}) => {
  const analyst = await createUser("ANALYST");
  const analystContext = await browser.newContext();
  await signInContext(analystContext, analyst);
  const { claimId, source } = await claimAndSource(analystContext.request);
  await analystContext.close();

  const viewer = await createUser("VIEWER");
  await signInContext(context, viewer);
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Add citation" })).toHaveCount(0);

  const body = { sourceId: source.id, quote: "strong guarantees", credibility: 2 };
  await expectApiError(
    await context.request.post(`/api/v1/claims/${claimId}/citations`, { data: body }),
    403,
    "FORBIDDEN",
  );
  const anonymous = await browser.newContext();
  await expectApiError(
    await anonymous.request.post(`/api/v1/claims/${claimId}/citations`, { data: body }),
    401,
    "UNAUTHORIZED",
  );
  await anonymous.close();
  expect(await testDb().citation.count({ where: { claimId } })).toBe(0);

  // Members read every citation of the draft; the public reading of a draft is a 404.
  const list = await context.request.get(`/api/v1/claims/${claimId}/citations?scope=internal`);
  expect(list.status()).toBe(200);
  expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
  await expectApiError(
    await context.request.get(`/api/v1/claims/${claimId}/citations`),
    404,
    "NOT_FOUND",
  );
});
