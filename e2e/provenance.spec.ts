import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { expectApiError } from "./support/api";
import { cite, createClaim, createSource, publish, signedInTeam } from "./support/public-workflow";

// Issue 12: versioned captures that catch silent edits, and public source pages.

const V1 = [
  "The minister said the talks were “close to a breakthrough” on Monday.",
  "A signing ceremony is planned in Geneva next week, officials said.",
].join("\n");
const V2 = [
  "The minister said the talks were “close to a breakthrough” on Monday.",
  "Officials declined to say when an agreement might be signed.",
].join("\n");

test("re-capturing a changed page shows the diff and flags the quote it no longer holds", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  test.slow(); // a whole workflow: write, publish, re-capture, then four readers' views
  const team = await signedInTeam(playwright, baseURL);
  const actor = await createActor();
  const source = await createSource(team, V1);
  const claim = await createClaim(team, {
    statement: `Geneva signing ${randomUUID()}`,
    claimantId: actor.id,
  });
  await cite(team, claim.id, source.id, "A signing ceremony is planned in Geneva next week");
  await publish(team, claim.id);
  await team.dispose();

  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  // Entering the stored address again offers a re-capture instead of dropping the text.
  await page.goto("/sources/new");
  await page.getByLabel("Address (URL)").fill(source.url);
  await page.getByLabel("Title").fill("The same report");
  await page.getByRole("combobox", { name: "Kind of source" }).selectOption({ label: "Other" });
  await page.getByLabel("Captured text").fill(V2);
  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByRole("button", { name: "Save as a new capture of the existing source" }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${source.id}\\?recaptured=changed`));

  await expect(page.getByTestId("changed-flag")).toContainText("Changed since first capture");
  // Members see who captured each version.
  await expect(page.getByRole("row", { name: /^2 / })).toContainText(analyst.name);
  const diff = page.getByTestId("capture-diff");
  await expect(diff.locator("del")).toContainText(["Geneva"]);
  await expect(diff.locator("ins").first()).toBeVisible();

  // Members see the flag on the claim page and in the dashboard…
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByTestId("quote-missing")).toContainText("No longer present");
  // One standing per quote: never "found" beside "no longer present".
  const citation = page.getByTestId("citation");
  await expect(citation).toContainText("Quote no longer in the latest capture");
  await expect(citation).not.toContainText("Quote found");
  await expect(citation.locator("mark")).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByTestId("missing-quotes")).toContainText(claim.statement);

  // …and the public a plain note naming the capture that still holds the passage.
  const visitor = await playwright.request.newContext({ baseURL });
  const html = await (await visitor.get(`/claims/${claim.id}`)).text();
  expect(html).toContain("The source no longer contains this passage");
  expect(html).toContain("captured copy of");
  // The public source page says so beside the quote, and the API carries the re-check.
  const sourcePage = await (await visitor.get(`/sources/${source.id}`)).text();
  expect(sourcePage).toContain("The source no longer contains this passage");
  const api = (await (await visitor.get(`/api/v1/claims/${claim.id}/citations`)).json()) as {
    items: { captureCheck: { check: string } | null }[];
  };
  expect(api.items.map((c) => c.captureCheck?.check)).toEqual(["MISSING"]);
  await visitor.dispose();
});

test("an anonymous visitor opens a published claim's source, and a draft-only source is not found", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.slow(); // a whole workflow: write, publish, re-capture, then four readers' views
  const team = await signedInTeam(playwright, baseURL);
  const actor = await createActor();
  const published = await createSource(team, V1);
  const draftOnly = await createSource(team, V2);
  const claim = await createClaim(team, {
    statement: `Public source ${randomUUID()}`,
    claimantId: actor.id,
  });
  await cite(team, claim.id, published.id, "close to a breakthrough");
  await publish(team, claim.id);
  const draft = await createClaim(team, {
    statement: `Draft only ${randomUUID()}`,
    claimantId: actor.id,
  });
  await cite(team, draft.id, draftOnly.id, "Officials declined to say");
  await team.dispose();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/claims/${claim.id}`);
  await page.getByRole("link", { name: "about this source" }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${published.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "A report for the public-site specs",
  );
  await expect(
    page.getByRole("heading", { name: "Published claims citing this source" }),
  ).toBeVisible();
  await expect(page.getByText(claim.statement)).toBeVisible();
  await expect(page.locator("mark")).toHaveText("close to a breakthrough");
  const sha = (await testDb().sourceCapture.findFirstOrThrow({ where: { sourceId: published.id } }))
    .sha256;
  await expect(page.getByText(sha)).toBeVisible();
  // The captured text itself stays with the team.
  await expect(page.getByText("A signing ceremony is planned")).toHaveCount(0);

  // Not found, with the not-found page, on every visit (a 404 is never served blank from the cache).
  for (let visit = 0; visit < 3; visit++) {
    const response = await page.goto(`/sources/${draftOnly.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  const draftClaim = await page.goto(`/claims/${draft.id}`);
  expect(draftClaim?.status()).toBe(404);
  await page.goto(`/claims/${draft.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();

  const anonymous = await playwright.request.newContext({ baseURL });
  const api = await anonymous.get(`/api/v1/sources/${published.id}`);
  expect(api.status()).toBe(200);
  const body = (await api.json()) as Record<string, unknown>;
  expect(body).not.toHaveProperty("capturedText");
  // Only the few words around the quote, never the rest of the text.
  expect(JSON.stringify(body)).not.toContain("planned in Geneva");
  await expectApiError(await anonymous.get(`/api/v1/sources/${draftOnly.id}`), 404, "NOT_FOUND");
  // The sitemap index names the source files; together they list the public source pages.
  const index = await (await anonymous.get("/sitemap.xml")).text();
  const files = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/sources-\d+\.xml)<\/loc>/g)];
  expect(files.length).toBeGreaterThan(0);
  const sitemap = (
    await Promise.all(files.map(async ([, path]) => (await anonymous.get(path ?? "")).text()))
  ).join("");
  expect(sitemap).toContain(`/sources/${published.id}`);
  expect(sitemap).not.toContain(`/sources/${draftOnly.id}`);
  await anonymous.dispose();
});

test("intake of a stored address offers a new capture and re-checks the quotes cited from it", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  test.slow(); // a scan on a busy machine, then the re-capture
  const said = "“We will open the new bridge by Friday,” Mayor Lena Holt said on Monday.";
  const team = await signedInTeam(playwright, baseURL);
  const source = await createSource(team, `${said}\nThe bridge cost 40 million euros.`);
  const claim = await createClaim(team, {
    statement: `Bridge cost ${randomUUID()}`,
    claimantId: (await createActor()).id,
  });
  await cite(team, claim.id, source.id, "The bridge cost 40 million euros.");
  await team.dispose();

  await signInContext(context, await createUser("ANALYST"));
  await page.goto("/intake");
  await page.getByLabel("Address (URL)").fill(source.url);
  await page.getByLabel("Title").fill("The bridge, again");
  await page.getByLabel("Article text").fill(`${said}\nThe bridge cost 60 million euros.`);
  await page.getByRole("button", { name: "Find candidates" }).click();
  const notice = page.getByRole("region", { name: "This address is already in the library" });
  await expect(notice).toContainText("differs from the latest capture", { timeout: 30_000 });
  const offer = notice.getByRole("checkbox", { name: /Save the pasted text as capture 2/ });
  await expect(offer).toBeChecked();
  await page.getByRole("button", { name: "Create 1 ticked" }).click();
  await expect(page.getByTestId("recapture-note")).toHaveText(
    "New capture 2 saved; quotes cited from this source were re-checked: 1 no longer present.",
  );

  const captures = await testDb().sourceCapture.findMany({
    where: { sourceId: source.id },
    orderBy: { number: "asc" },
  });
  expect(captures.map((c) => c.text)).toEqual([
    `${said}\nThe bridge cost 40 million euros.`,
    `${said}\nThe bridge cost 60 million euros.`,
  ]);
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByTestId("quote-missing")).toContainText("No longer present");
  // One standing per quote: never "found" beside "no longer present".
  const citation = page.getByTestId("citation");
  await expect(citation).toContainText("Quote no longer in the latest capture");
  await expect(citation).not.toContainText("Quote found");
  await expect(citation.locator("mark")).toHaveCount(0);
});
