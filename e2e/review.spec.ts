import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInContext, signInViaApi } from "./support/auth";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { confirmStep } from "./support/confirm";

async function createClaimViaApi(request: APIRequestContext, statement: string) {
  const actor = await createActor();
  const response = await request.post("/api/v1/claims", {
    data: {
      statement,
      claimantId: actor.id,
      madeAt: "2025-12-15",
      kind: "STATEMENT",
      isVerbatim: true,
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test("an analyst submits, an editor publishes, and an anonymous visitor then sees the claim", async ({
  browser,
}) => {
  const [analyst, editor] = await Promise.all([createUser("ANALYST"), createUser("EDITOR")]);
  const analystContext = await browser.newContext();
  const editorContext = await browser.newContext();
  await signInContext(analystContext, analyst);
  await signInContext(editorContext, editor);
  const statement = `Submitted and published in the browser ${Date.now()}.`;
  const id = await createClaimViaApi(analystContext.request, statement);

  const a = await analystContext.newPage();
  await a.goto(`/claims/${id}`);
  await a.getByRole("button", { name: "Submit for review" }).click();
  await expect(a.getByText("Waiting for review since")).toBeVisible();
  await expect(a.getByRole("button", { name: "Submit for review" })).toHaveCount(0);

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  expect((await visitor.goto(`/claims/${id}`))?.status()).toBe(404);

  const e = await editorContext.newPage();
  await e.goto("/review");
  const card = e.getByRole("listitem").filter({ hasText: statement });
  await expect(card).toContainText(`submitted by ${analyst.name}`);
  await expect(card).toContainText("waiting");
  // Approving asks first; Escape cancels and nothing is published.
  await card.getByRole("button", { name: "Approve and publish" }).click();
  const dialog = e.getByRole("alertdialog", { name: "Approve and publish this change?" });
  await expect(dialog).toContainText(statement);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await e.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Approve and publish" })).toBeFocused();
  expect((await visitor.goto(`/claims/${id}`))?.status()).toBe(404);
  // Keyboard only: open, move to the confirming button, press it.
  await card.getByRole("button", { name: "Approve and publish" }).press("Enter");
  await expect(dialog).toBeVisible();
  await e.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Approve and publish" })).toBeFocused();
  await e.keyboard.press("Enter");
  // Once decided, the submission leaves the queue.
  await expect(card).toHaveCount(0);

  await visitor.goto(`/claims/${id}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(statement);
  await visitor.goto("/");
  await expect(visitor.getByText(statement)).toBeVisible();
  await Promise.all([analystContext.close(), editorContext.close(), anonymous.close()]);
});

test("an editor cannot publish their own submission", async ({ page, context }) => {
  const editor = await createUser("EDITOR");
  await signInContext(context, editor);
  const statement = `An editor's own claim ${Date.now()}.`;
  const id = await createClaimViaApi(context.request, statement);
  const submitted = await context.request.post(`/api/v1/claims/${id}/submit`);
  expect(submitted.status()).toBe(201);
  const { reviewId } = (await submitted.json()) as { reviewId: string };

  await page.goto("/review");
  const card = page.getByRole("listitem").filter({ hasText: statement });
  await expect(card).toContainText("another editor must review it (two-person rule)");
  await expect(card.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);

  const refused = await context.request.post(`/api/v1/reviews/${reviewId}/approve`);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
  const claim = await testDb().claim.findUniqueOrThrow({ where: { id } });
  expect(claim.publishedRevisionId).toBeNull();
});

test("an outcome update on a published claim stays invisible to the public until approved", async ({
  playwright,
  baseURL,
  page,
}) => {
  const [analyst, editor] = await Promise.all([createUser("ANALYST"), createUser("EDITOR")]);
  const analystApi = await playwright.request.newContext({ baseURL });
  const editorApi = await playwright.request.newContext({ baseURL });
  await signInViaApi(analystApi, analyst);
  await signInViaApi(editorApi, editor);
  const id = await createClaimViaApi(analystApi, `A claim whose outcome changes ${Date.now()}.`);
  const first = (await (await analystApi.post(`/api/v1/claims/${id}/submit`)).json()) as {
    reviewId: string;
  };
  expect((await editorApi.post(`/api/v1/reviews/${first.reviewId}/approve`)).status()).toBe(200);

  const note = "The agreement was signed, per both governments.";
  await testDb().$transaction([
    testDb().outcomeUpdate.create({
      data: {
        claimId: id,
        status: "HELD",
        occurredAt: new Date("2026-01-10"),
        note,
        createdById: analyst.id,
      },
    }),
    testDb().claim.update({ where: { id }, data: { outcomeStatus: "HELD" } }),
  ]);

  await page.goto(`/claims/${id}`);
  await expect(page.getByText("No outcome recorded yet.")).toBeVisible();
  await expect(page.getByText(note)).toHaveCount(0);
  expect(
    ((await (await page.request.get(`/api/v1/claims/${id}`)).json()) as { outcomeStatus: string })
      .outcomeStatus,
  ).toBe("PENDING");

  const second = (await (await analystApi.post(`/api/v1/claims/${id}/submit`)).json()) as {
    reviewId: string;
  };
  expect((await editorApi.post(`/api/v1/reviews/${second.reviewId}/approve`)).status()).toBe(200);
  await page.reload();
  await expect(page.getByText(note)).toBeVisible();
  expect(
    ((await (await page.request.get(`/api/v1/claims/${id}`)).json()) as { outcomeStatus: string })
      .outcomeStatus,
  ).toBe("HELD");
  await Promise.all([analystApi.dispose(), editorApi.dispose()]);
});

test("retraction needs a correction note and shows it prominently to the public", async ({
  browser,
}) => {
  const [analyst, editor] = await Promise.all([createUser("ANALYST"), createUser("EDITOR")]);
  const editorContext = await browser.newContext();
  await signInContext(editorContext, editor);
  const analystContext = await browser.newContext();
  await signInContext(analystContext, analyst);
  const id = await createClaimViaApi(
    analystContext.request,
    `A claim later retracted ${Date.now()}.`,
  );
  const { reviewId } = (await (
    await analystContext.request.post(`/api/v1/claims/${id}/submit`)
  ).json()) as {
    reviewId: string;
  };
  await editorContext.request.post(`/api/v1/reviews/${reviewId}/approve`);

  const e = await editorContext.newPage();
  await e.goto(`/claims/${id}`);
  await e.getByText("Retract this claim…").click();
  // Without its required note the step is not confirmed: the note's error shows at once.
  await e.getByRole("button", { name: "Retract", exact: true }).click();
  await expect(e.getByText(/Write the public correction note/)).toBeVisible();
  await expect(e.getByRole("alertdialog")).toHaveCount(0);
  await e.getByRole("textbox", { name: /^Correction note/ }).fill("The quote was misattributed.");
  await e.getByRole("button", { name: "Retract", exact: true }).click();
  await confirmStep(e, "Retract the claim", "cannot be undone");
  await expect(e.getByRole("note")).toContainText("The quote was misattributed.");

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(`/claims/${id}`);
  const note = visitor.getByRole("note");
  await expect(note).toContainText("Retracted");
  await expect(note).toContainText("The quote was misattributed.");
  await Promise.all([analystContext.close(), editorContext.close(), anonymous.close()]);
});
