import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { invalidatePublicCache, testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { claimInput, expectApiError } from "./support/api";

/** Types `name` into the claim form's topic picker and gives the option it lists for it. */
async function topicBox(page: Page, name: string) {
  const box = page.getByRole("combobox", { name: /^Topics/ });
  await box.fill(name);
  // Text filled in one go may leave the list closed; ArrowDown opens it, as a user would.
  await expect(async () => {
    if ((await box.getAttribute("aria-expanded")) !== "true") await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  return page.getByRole("option", { name, exact: true });
}

/** Publishes a claim's current revision directly: the review workflow is not under test. */
async function publish(claimId: string): Promise<void> {
  const db = testDb();
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
  const revision = await db.claimRevision.findUniqueOrThrow({
    where: { claimId_number: { claimId, number: claim.version } },
  });
  await db.claim.update({
    where: { id: claimId },
    data: {
      editorialStatus: "PUBLISHED",
      publishedRevisionId: revision.id,
      firstPublishedAt: new Date(),
    },
  });
  await invalidatePublicCache();
}

test("a topic is created, renamed and archived; archived topics leave the new-claim form", async ({
  page,
  context,
}) => {
  // Eleven page visits and five saves: over 20 s when the machine is busy.
  test.setTimeout(60_000);
  const tag = randomUUID().slice(0, 8);
  const name = `Grain corridor ${tag}`;
  const renamed = `Black Sea grain corridor ${tag}`;
  await signInContext(context, await createUser("ANALYST"));

  await page.goto("/topics");
  await page.getByLabel("Topic name").fill(name);
  await page.getByRole("button", { name: "Create topic" }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/grain-corridor-${tag}$`));
  const topicUrl = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  await page.goto("/claims/new");
  await expect(await topicBox(page, name)).toBeVisible();

  // A name already taken is refused next to the field, and the typed name is kept.
  await page.goto("/topics");
  await page.getByLabel("Topic name").fill(name.toUpperCase());
  await page.getByRole("button", { name: "Create topic" }).click();
  await expect(page.getByLabel("Topic name")).toHaveAccessibleDescription(
    "A topic with this name already exists",
  );
  await expect(page.getByLabel("Topic name")).toHaveValue(name.toUpperCase());

  await page.goto(topicUrl);
  await page.getByRole("textbox", { name: "Name (required)" }).fill(renamed);
  await page.getByRole("button", { name: "Rename topic" }).click();
  await expect(page.getByRole("status")).toHaveText("Topic saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);
  // The address did not change, so old links still work.
  expect(page.url().replace(/\?.*$/, "")).toBe(topicUrl);

  await page.goto("/claims/new");
  await expect(await topicBox(page, renamed)).toBeVisible();
  // Text typed only to search the picker on the last visit is no unsaved change to restore.
  await expect(page.getByText(/Restored your unsaved changes/)).toHaveCount(0);
  await expect(await topicBox(page, name)).toHaveCount(0);

  await page.goto(topicUrl);
  await page.getByRole("button", { name: "Archive topic", exact: true }).click();
  await expect(page.getByText("Archived topic: no longer offered for new claims.")).toBeVisible();

  await page.goto("/claims/new");
  await expect(page.getByRole("heading", { name: "New claim" })).toBeVisible();
  await expect(await topicBox(page, renamed)).toHaveCount(0);

  // No published claim is filed under it: members find it in a list of their own.
  await page.goto("/topics");
  const unused = page.getByRole("region", { name: "Topics without published claims" });
  await expect(unused.getByRole("listitem").filter({ hasText: renamed })).toHaveText(
    `${renamed} (archived)`,
  );
  await expect(
    page.getByRole("region", { name: "Current topics" }).getByRole("link", { name: renamed }),
  ).toHaveCount(0);

  await page.goto(topicUrl);
  await page.getByRole("button", { name: "Unarchive topic" }).click();
  await expect(page.getByRole("button", { name: "Archive topic", exact: true })).toBeVisible();
  await page.goto("/claims/new");
  await expect(await topicBox(page, renamed)).toBeVisible();
});

test("the public topic page shows only published claims; members see drafts too", async ({
  page,
  context,
  browser,
}) => {
  const analyst = await createUser("ANALYST");
  await signInViaApi(context.request, analyst);
  const topicResponse = await context.request.post("/api/v1/topics", {
    data: { name: `Ceasefire ${randomUUID()}` },
  });
  expect(topicResponse.status(), await topicResponse.text()).toBe(201);
  const topic = (await topicResponse.json()) as { id: string; slug: string; name: string };
  const actor = await createActor();
  const post = async () => {
    const r = await context.request.post("/api/v1/claims", {
      data: claimInput(actor.id, { topicIds: [topic.id] }),
    });
    expect(r.status(), await r.text()).toBe(201);
    return (await r.json()) as { id: string; statement: string };
  };
  const published = await post();
  const draft = await post();
  await publish(published.id);

  const anonymous = await browser.newPage();
  await anonymous.goto(`/topics/${topic.slug}`);
  await expect(anonymous.getByRole("link", { name: published.statement })).toBeVisible();
  await expect(anonymous.getByText(draft.statement)).toHaveCount(0);
  await expect(anonymous.getByRole("heading", { name: "1 claim" })).toBeVisible();
  await expect(anonymous.getByRole("heading", { name: "Manage topic" })).toHaveCount(0);
  // The public topics page lists the topics of published claims, with their counts, and
  // never a topic that no published claim is filed under.
  const unused = await testDb().topic.create({
    data: { name: `Unused ${randomUUID()}`, slug: `unused-${randomUUID()}` },
  });
  await invalidatePublicCache();
  await anonymous.goto("/topics");
  const current = anonymous.getByRole("region", { name: "Current topics" });
  await expect(current.getByRole("listitem").filter({ hasText: topic.name })).toHaveText(
    `${topic.name} — 1 published claim`,
  );
  await expect(anonymous.getByText(unused.name)).toHaveCount(0);
  await expect(
    anonymous.getByRole("region", { name: "Topics without published claims" }),
  ).toHaveCount(0);
  await anonymous.close();
  await page.goto("/topics");
  await expect(
    page.getByRole("region", { name: "Topics without published claims" }).getByRole("link", {
      name: unused.name,
    }),
  ).toBeVisible();

  await page.goto(`/topics/${topic.slug}`);
  await expect(page.getByRole("link", { name: published.statement })).toBeVisible();
  await expect(page.getByRole("link", { name: draft.statement })).toBeVisible();
});

test("viewers and visitors cannot manage topics", async ({ page, context, request }) => {
  const topic = await testDb().topic.create({
    data: { name: `Untouchable ${randomUUID()}`, slug: `untouchable-${randomUUID()}` },
  });
  await expectApiError(
    await request.post("/api/v1/topics", { data: { name: "X" } }),
    401,
    "UNAUTHORIZED",
  );
  await expectApiError(
    await request.patch(`/api/v1/topics/${topic.id}`, { data: { archived: true } }),
    401,
    "UNAUTHORIZED",
  );

  await signInViaApi(context.request, await createUser("VIEWER"));
  await page.goto("/topics");
  await expect(page.getByRole("heading", { name: "Current topics" })).toBeVisible();
  await expect(page.getByLabel("Topic name")).toHaveCount(0);
  await page.goto(`/topics/${topic.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(topic.name);
  await expect(page.getByRole("button", { name: /archive topic/i })).toHaveCount(0);
  await expectApiError(
    await context.request.post("/api/v1/topics", { data: { name: "X" } }),
    403,
    "FORBIDDEN",
  );
  await expectApiError(
    await context.request.patch(`/api/v1/topics/${topic.id}`, { data: { archived: true } }),
    403,
    "FORBIDDEN",
  );
  const after = await testDb().topic.findUniqueOrThrow({ where: { id: topic.id } });
  expect(after.archivedAt).toBeNull();
});

test("the topics API renames and archives, and names a bad field", async ({ context }) => {
  await signInViaApi(context.request, await createUser("EDITOR"));
  const created = await context.request.post("/api/v1/topics", {
    data: { name: `Sanctions ${randomUUID()}` },
  });
  expect(created.status(), await created.text()).toBe(201);
  const topic = (await created.json()) as { id: string; slug: string; name: string };
  expect(created.headers()["location"]).toBe(`/api/v1/topics/${topic.id}`);

  const renamed = await context.request.patch(`/api/v1/topics/${topic.id}`, {
    data: { name: `${topic.name} (EU)`, archived: true },
  });
  expect(renamed.status(), await renamed.text()).toBe(200);
  const after = (await renamed.json()) as { slug: string; name: string; archivedAt: string };
  expect(after).toMatchObject({ slug: topic.slug, name: `${topic.name} (EU)` });
  expect(Date.parse(after.archivedAt)).not.toBeNaN();
  const list = (await (await context.request.get("/api/v1/topics")).json()) as {
    items: { id: string; archivedAt: string | null }[];
  };
  expect(list.items.find((t) => t.id === topic.id)?.archivedAt).not.toBeNull();

  const bad = await expectApiError(
    await context.request.patch(`/api/v1/topics/${topic.id}`, { data: { name: "", archived: 1 } }),
    400,
    "INVALID",
  );
  expect(Object.keys(bad.fields ?? {}).sort()).toEqual(["archived", "name"]);
  await expectApiError(
    await context.request.patch(`/api/v1/topics/${randomUUID()}`, { data: { archived: true } }),
    404,
    "NOT_FOUND",
  );
});
