import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { invalidatePublicCache, testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { expectApiError } from "./support/api";

const HOSTILE = `<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>`;

async function draftClaim(createdById: string) {
  const actor = await createActor();
  return testDb().claim.create({
    data: {
      statement: `Comments check ${randomUUID()}`,
      isVerbatim: false,
      claimantId: actor.id,
      madeAt: new Date("2025-12-15T00:00:00Z"),
      kind: "PREDICTION",
      resolveBy: new Date("2026-06-30T00:00:00Z"),
      createdById,
    },
  });
}

test("a viewer has no outcome or forecast forms and is refused by their APIs, but can comment", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  const viewer = await createUser("VIEWER");
  const claim = await draftClaim(analyst.id);
  await testDb().comment.create({
    data: { claimId: claim.id, authorId: analyst.id, body: "Which source said this first?" },
  });
  await signInContext(context, viewer);

  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole("region", { name: "Forecasts", exact: true })).toBeVisible();
  await expect(page.getByRole("form", { name: "Record outcome" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Your forecast" })).toHaveCount(0);
  await expectApiError(
    await context.request.post(`/api/v1/claims/${claim.id}/outcomes`, {
      data: { occurredAt: "2026-01-01", status: "HELD", note: "No." },
    }),
    403,
    "FORBIDDEN",
  );
  await expectApiError(
    await context.request.post(`/api/v1/claims/${claim.id}/forecasts`, {
      data: { probability: 40 },
    }),
    403,
    "FORBIDDEN",
  );

  const comments = page.getByRole("region", { name: /Comments/ });
  await expect(comments.getByRole("listitem").first()).toContainText(analyst.name);
  await expect(comments.getByRole("listitem").first()).toContainText(
    "Which source said this first?",
  );

  // An empty comment is refused next to the box.
  await comments.getByRole("button", { name: "Post comment" }).click();
  await expect(comments.getByText("Write a comment")).toBeVisible();

  await comments.getByLabel("Add a comment").fill(HOSTILE);
  await comments.getByRole("button", { name: "Post comment" }).click();
  await expect(comments.getByRole("status")).toHaveText("Comment posted.");
  const mine = comments.getByRole("listitem").last();
  await expect(mine).toContainText(viewer.name);
  await expect(mine).toContainText(HOSTILE); // shown as text, newest last
  await expect(mine).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/);
  await expect(mine.locator("img, script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  const stored = await testDb().comment.findMany({
    where: { claimId: claim.id, authorId: viewer.id },
  });
  expect(stored.map((c) => c.body)).toEqual([HOSTILE]);

  const api = await context.request.post(`/api/v1/claims/${claim.id}/comments`, {
    data: { body: "Also via the API." },
  });
  expect(api.status(), await api.text()).toBe(201);
  expect(await api.json()).toMatchObject({
    body: "Also via the API.",
    author: { name: viewer.name },
  });
  const list = (await (
    await context.request.get(`/api/v1/claims/${claim.id}/comments`)
  ).json()) as {
    items: { body: string }[];
  };
  expect(list.items.map((c) => c.body)).toEqual([
    "Which source said this first?",
    HOSTILE,
    "Also via the API.",
  ]);
});

test("anonymous callers cannot read or write comments, and the public page has none", async ({
  page,
  request,
}) => {
  const analyst = await createUser("ANALYST");
  const claim = await draftClaim(analyst.id);
  const revision = await testDb().claimRevision.create({
    data: {
      claimId: claim.id,
      number: 1,
      statement: claim.statement,
      isVerbatim: claim.isVerbatim,
      claimantId: claim.claimantId,
      madeAt: claim.madeAt,
      kind: claim.kind,
      authorId: analyst.id,
    },
  });
  await testDb().claim.update({
    where: { id: claim.id },
    data: {
      editorialStatus: "PUBLISHED",
      publishedRevisionId: revision.id,
      firstPublishedAt: new Date(),
    },
  });
  await invalidatePublicCache();
  await testDb().comment.create({
    data: { claimId: claim.id, authorId: analyst.id, body: "Internal remark." },
  });

  await expectApiError(
    await request.post(`/api/v1/claims/${claim.id}/comments`, { data: { body: "Hello" } }),
    401,
    "UNAUTHORIZED",
  );
  await expectApiError(
    await request.get(`/api/v1/claims/${claim.id}/comments`),
    401,
    "UNAUTHORIZED",
  );
  expect(await testDb().comment.count({ where: { claimId: claim.id } })).toBe(1);

  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(claim.statement);
  await expect(page.getByRole("region", { name: /Comments/ })).toHaveCount(0);
  await expect(page.getByText("Internal remark.")).toHaveCount(0);
});
