import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { chooseTag } from "./support/pickers";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { claimFrom, claimInput, expectApiError } from "./support/api";

async function createClaim(request: APIRequestContext, overrides: Record<string, unknown> = {}) {
  const actor = await createActor();
  const response = await request.post("/api/v1/claims", {
    data: claimInput(actor.id, overrides),
  });
  expect(response.status(), await response.text()).toBe(201);
  return claimFrom(response);
}

async function createSource(createdById: string) {
  const tag = randomUUID().slice(0, 8);
  return testDb().source.create({
    data: {
      url: `https://news.example.org/bridge-${tag}`,
      title: `Bridge report ${tag}`,
      kind: "NEWS_ARTICLE",
      createdById,
    },
  });
}

test("an analyst records an outcome with evidence, then corrects it; both stay on the timeline", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const source = await createSource(analyst.id);
  const claim = await createClaim(context.request, { kind: "PROMISE" });

  await page.goto(`/claims/${claim.id}`);
  const timeline = page.getByRole("region", { name: "Outcome timeline" });
  await expect(timeline.getByText("No outcome recorded yet.")).toBeVisible();
  const form = page.getByRole("form", { name: "Record outcome" });

  // A bad save keeps what was typed and names the fields.
  await form.getByLabel("What happened").fill("The bridge opened to traffic.");
  await form.getByRole("button", { name: "Record outcome" }).click();
  await expect(form.getByText("Enter the date it happened")).toBeVisible();
  await expect(form.getByText("Choose the outcome")).toBeVisible();
  await expect(form.getByLabel("What happened")).toHaveValue("The bridge opened to traffic.");
  await expect(form.getByLabel("Date it happened")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Date it happened").fill("2026-03-18");
  await form.getByRole("combobox", { name: "New outcome" }).selectOption({ label: "Kept (Held)" });
  await chooseTag(form, "Evidence", source.title);
  await form.getByRole("button", { name: "Record outcome" }).click();
  await expect(form.getByRole("status")).toHaveText("Outcome update recorded.");

  const first = timeline.getByRole("listitem").filter({ hasText: "The bridge opened to traffic." });
  await expect(first).toContainText("18 Mar 2026 — Kept (awaiting review)");
  await expect(first.getByRole("link", { name: source.title })).toHaveAttribute("href", source.url);
  await expect(page.getByText("Outcome: Kept")).toBeVisible();

  // The mistake is corrected by a new entry that names it; the first entry stays.
  await form.getByLabel("Date it happened").fill("2026-03-18");
  await form
    .getByRole("combobox", { name: "New outcome" })
    .selectOption({ label: "In the works (In progress)" });
  await form.getByLabel("What happened").fill("Only the approach road opened; the bridge did not.");
  await form
    .getByRole("combobox", { name: "Corrects an earlier entry" })
    .selectOption({ label: "The entry of 18 Mar 2026 — Kept" });
  await form.getByRole("button", { name: "Record outcome" }).click();

  const correction = timeline
    .getByRole("listitem")
    .filter({ hasText: "Only the approach road opened" });
  await expect(correction).toContainText("18 Mar 2026 — In the works (awaiting review)");
  await expect(correction).toContainText("Corrects the entry of 18 Mar 2026");
  await expect(first).toContainText("Corrected by the entry of 18 Mar 2026");
  await expect(first).toContainText("The bridge opened to traffic.");
  await expect(page.getByText("Outcome: In the works")).toBeVisible();

  const rows = await testDb().outcomeUpdate.findMany({
    where: { claimId: claim.id },
    orderBy: { createdAt: "asc" },
    include: { evidence: true },
  });
  expect(rows.map((r) => [r.status, r.publishedAt])).toEqual([
    ["HELD", null],
    ["IN_PROGRESS", null],
  ]);
  expect(rows[0]?.evidence.map((e) => e.sourceId)).toEqual([source.id]);
  expect(rows[1]?.correctsId).toBe(rows[0]?.id);
  const stored = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect([stored.outcomeStatus, stored.publicOutcomeStatus]).toEqual(["IN_PROGRESS", "PENDING"]);
  expect(
    await testDb().auditEvent.count({
      where: { action: "outcome.record", entityId: { in: rows.map((r) => r.id) } },
    }),
  ).toBe(2);
});

test("the outcome API appends and lists entries, and has no way to edit or delete them", async ({
  request,
}) => {
  const analyst = await createUser("ANALYST");
  await signInViaApi(request, analyst);
  const claim = await createClaim(request);
  const url = `/api/v1/claims/${claim.id}/outcomes`;

  const created = await request.post(url, {
    data: { occurredAt: "2026-02-01", status: "STALLED", note: "Work stopped." },
  });
  expect(created.status(), await created.text()).toBe(201);
  const entry = (await created.json()) as {
    id: string;
    status: string;
    claimOutcomeStatus: string;
  };
  expect(entry).toMatchObject({ status: "STALLED", claimOutcomeStatus: "STALLED" });

  const bad = await expectApiError(
    await request.post(url, { data: { occurredAt: "yesterday", status: "DONE", note: "" } }),
    400,
    "INVALID",
  );
  expect(Object.keys(bad.fields ?? {}).sort()).toEqual(["note", "occurredAt", "status"]);

  const list = (await (await request.get(`${url}?scope=internal`)).json()) as {
    outcomeStatus: string;
    items: { id: string }[];
  };
  expect(list.outcomeStatus).toBe("STALLED");
  expect(list.items.map((i) => i.id)).toEqual([entry.id]);
  await expectApiError(await request.get(url), 404, "NOT_FOUND"); // a draft is not public

  for (const method of ["PUT", "PATCH", "DELETE"]) {
    const response = await request.fetch(url, { method, data: { id: entry.id } });
    expect(response.status(), method).toBe(405);
  }
  expect(await testDb().outcomeUpdate.count({ where: { claimId: claim.id } })).toBe(1);
});

test("a viewer sees the timeline without the form, and the API refuses them", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  const viewer = await createUser("VIEWER");
  const actor = await createActor();
  const claim = await testDb().claim.create({
    data: {
      statement: `Viewer-only check ${randomUUID()}`,
      isVerbatim: false,
      claimantId: actor.id,
      madeAt: new Date("2025-12-15T00:00:00Z"),
      kind: "PREDICTION",
      createdById: analyst.id,
    },
  });
  await signInContext(context, viewer);

  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole("region", { name: "Outcome timeline" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Record outcome" })).toHaveCount(0);
  await expect(page.getByLabel("Date it happened")).toHaveCount(0);

  const refused = await expectApiError(
    await context.request.post(`/api/v1/claims/${claim.id}/outcomes`, {
      data: { occurredAt: "2026-01-01", status: "HELD", note: "Sneaky." },
    }),
    403,
    "FORBIDDEN",
  );
  expect(refused.fields).toBeUndefined();
  expect(await testDb().outcomeUpdate.count({ where: { claimId: claim.id } })).toBe(0);
});
