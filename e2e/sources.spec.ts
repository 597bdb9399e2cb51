import { createHash, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { testDb } from "./support/db";
import { createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { expectApiError } from "./support/api";

const SOURCE_URL = /\/sources\/([0-9a-f-]{36})(\?.*)?$/;

function form(page: Page) {
  return {
    url: page.getByLabel("Address (URL)"),
    title: page.getByLabel("Title"),
    outlet: page.getByLabel("Outlet or publisher"),
    kind: page.getByRole("combobox", { name: "Kind of source" }),
    reliability: page.getByRole("combobox", { name: "Source reliability" }),
    text: page.getByLabel("Captured text"),
    fetch: page.getByRole("button", { name: "Fetch text" }),
    save: page.getByRole("button", { name: "Add source" }),
  };
}

function sourceIdFrom(page: Page): string {
  const id = SOURCE_URL.exec(page.url())?.[1];
  if (!id) throw new Error(`Not on a source page: ${page.url()}`);
  return id;
}

const ARTICLE = [
  "KYIV — The agreement includes “strong guarantees, similar to Article 5 of the NATO treaty,”",
  "a senior US official said.",
].join("\n");

test("an analyst adds a source with pasted text; the same URL with utm params opens it", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const tag = randomUUID();
  const url = `https://news.example.org/e2e/${tag}`;

  await page.goto("/sources");
  await page.getByRole("link", { name: "Add source" }).click();
  await expect(page.getByRole("heading", { name: "Add a source" })).toBeVisible();
  const f = form(page);
  await f.url.fill(url);
  await f.title.fill(`Guarantees article ${tag}`);
  await f.outlet.fill("Example News");
  await f.kind.selectOption({ label: "News article" });
  await f.reliability.selectOption({ label: "B — Usually reliable" });
  await f.text.fill(ARTICLE);
  await f.save.click();

  await expect(page).toHaveURL(SOURCE_URL);
  const id = sourceIdFrom(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Guarantees article ${tag}`);
  await expect(page.getByText("B — Usually reliable")).toBeVisible();
  const sha = createHash("sha256").update(ARTICLE, "utf8").digest("hex");
  await expect(page.getByText(sha).first()).toBeVisible();
  await expect(page.getByLabel("Captured text")).toHaveText(ARTICLE);
  const row = await testDb().source.findUniqueOrThrow({ where: { id } });
  expect(row).toMatchObject({ url, capturedText: ARTICLE, capturedSha256: sha, reliability: "B" });
  expect(row.capturedAt).not.toBeNull();

  // The same page spelled differently adds no second source; the text typed is kept and
  // can be saved as a new capture of the stored one.
  await page.goto("/sources/new");
  await f.url.fill(
    `HTTPS://News.Example.org/e2e/${tag}/?utm_source=newsletter&utm_medium=email#top`,
  );
  await f.title.fill("A second title");
  await f.kind.selectOption({ label: "Other" });
  await f.text.fill("Other text");
  await f.save.click();
  await expect(page.getByRole("alert").first()).toContainText("already in the source library");
  await expect(f.text).toHaveValue("Other text");
  expect(await testDb().source.count({ where: { url: { contains: tag } } })).toBe(1);
  await page.getByRole("button", { name: "Save as a new capture of the existing source" }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${id}\\?recaptured=changed`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Guarantees article ${tag}`);
  expect(await testDb().sourceCapture.count({ where: { sourceId: id } })).toBe(2);

  // The library finds it by a word of its title.
  await page.goto("/sources");
  await page.getByRole("searchbox", { name: "Search" }).fill(tag);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: `Guarantees article ${tag}` })).toHaveAttribute(
    "href",
    `/sources/${id}`,
  );
  await expect(page.getByText("1 source")).toBeVisible();
});

test("an analyst edits a source's grade", async ({ page, context }) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const created = await context.request.post("/api/v1/sources", {
    data: {
      url: `https://news.example.org/e2e/${randomUUID()}`,
      title: "To grade",
      kind: "DOCUMENT",
      capturedText: "Text.",
    },
  });
  expect(created.status()).toBe(201);
  const { source } = (await created.json()) as { source: { id: string } };
  await page.goto(`/sources/${source.id}`);
  await expect(page.getByText("F — Reliability cannot be judged")).toBeVisible();
  await page.getByRole("link", { name: "Edit source" }).click();
  await page
    .getByRole("combobox", { name: "Source reliability" })
    .selectOption({ label: "A — Completely reliable" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await expect(page.getByText("A — Completely reliable")).toBeVisible();
});

test("a viewer sees no create form and the API refuses them", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const viewer = await createUser("VIEWER");
  await signInContext(context, viewer);
  const url = `https://news.example.org/e2e/${randomUUID()}`;

  await page.goto("/sources");
  await expect(page.getByRole("heading", { name: "Source library" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add source" })).toHaveCount(0);
  await page.goto("/sources/new");
  await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
  await expect(page.getByLabel("Address (URL)")).toHaveCount(0);

  const body = { url, title: "Viewer attempt", kind: "OTHER", capturedText: "text" };
  await expectApiError(
    await context.request.post("/api/v1/sources", { data: body }),
    403,
    "FORBIDDEN",
  );
  await expectApiError(
    await context.request.post("/api/v1/sources/fetch", { data: { url } }),
    403,
    "FORBIDDEN",
  );
  const existing = await testDb().source.findFirstOrThrow();
  await expectApiError(
    await context.request.patch(`/api/v1/sources/${existing.id}`, { data: { reliability: "A" } }),
    403,
    "FORBIDDEN",
  );
  // Reading the library is open to every member.
  expect((await context.request.get("/api/v1/sources")).status()).toBe(200);

  const anonymous = await playwright.request.newContext({ baseURL });
  await expectApiError(
    await anonymous.post("/api/v1/sources", { data: body }),
    401,
    "UNAUTHORIZED",
  );
  await expectApiError(await anonymous.get("/api/v1/sources"), 401, "UNAUTHORIZED");
  // A source no published claim cites does not exist for the public.
  const uncited = await testDb().source.create({
    data: { url: `${url}/uncited`, title: "Uncited", kind: "OTHER", createdById: viewer.id },
  });
  await expectApiError(await anonymous.get(`/api/v1/sources/${uncited.id}`), 404, "NOT_FOUND");
  await anonymous.dispose();
  expect(await testDb().source.count({ where: { url } })).toBe(0);
});

test("a javascript: URL is refused and a <script> title renders as text", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = `<script>alert("title")</script><img src=x onerror="alert('img')">`;

  await page.goto("/sources/new");
  const f = form(page);
  await f.url.fill("javascript:alert(document.cookie)");
  await f.title.fill(hostile);
  await f.kind.selectOption({ label: "Other" });
  await f.text.fill("Some text");
  await f.save.click();
  await expect(f.url).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#url-error")).toHaveText(
    "Only http:// and https:// addresses can be sources",
  );
  await expect(f.title).toHaveValue(hostile);
  await expect(f.text).toHaveValue("Some text");

  await f.url.fill(`https://news.example.org/e2e/${randomUUID()}`);
  await f.save.click();
  await expect(page).toHaveURL(SOURCE_URL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostile);
  await page.goto("/sources");
  await expect(page.getByRole("link", { name: hostile }).first()).toBeVisible();
  expect(dialogs).toEqual([]);

  const refused = await expectApiError(
    await context.request.post("/api/v1/sources", {
      data: { url: "javascript:alert(1)", title: "x", kind: "OTHER", capturedText: "x" },
    }),
    400,
    "INVALID",
  );
  expect(refused.fields?.url).toMatch(/Only http/);
});

test("the API names the field that breaks a limit, never a 500", async ({ context }) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const valid = {
    url: `https://news.example.org/e2e/${randomUUID()}`,
    title: "Limits",
    kind: "OTHER",
    capturedText: "text",
  };
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ capturedText: "x".repeat(16 * 1024 * 1024 + 1) }, "capturedText", /at most 16 MB/],
    [{ title: "t".repeat(501) }, "title", /at most 500/],
    [{ url: `https://news.example.org/${"a".repeat(2048)}` }, "url", /at most 2,048/],
    [{ title: "nul\u0000byte" }, "title", /NUL/],
    [{ kind: "RUMOUR" }, "kind", /kind of source/],
  ];
  for (const [override, field, message] of cases) {
    const error = await expectApiError(
      await context.request.post("/api/v1/sources", { data: { ...valid, ...override } }),
      400,
      "INVALID",
    );
    expect(error.fields?.[field]).toMatch(message);
  }
  const notJson = await context.request.post("/api/v1/sources", {
    headers: { "Content-Type": "application/json" },
    data: "{not json",
  });
  await expectApiError(notJson, 400, "INVALID");
  expect(await testDb().source.count({ where: { url: valid.url } })).toBe(0);
});

test("Fetch text refuses a local address and says to paste the text", async ({ page, context }) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  await page.goto("/sources/new");
  const f = form(page);
  await f.text.fill("Typed by hand");
  await f.url.fill("http://127.0.0.1:9/secret");
  await f.fetch.click();
  const status = page.getByRole("status");
  await expect(status).toContainText("127.0.0.1, a loopback address");
  await expect(f.text).toHaveValue("Typed by hand");

  const response = await context.request.post("/api/v1/sources/fetch", {
    data: { url: "http://169.254.169.254/latest/meta-data/" },
  });
  const error = await expectApiError(response, 400, "INVALID");
  expect(error.fields?.url).toMatch(/cloud metadata/);
});
