import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { signInContext } from "./support/auth";
import { createActor, createUser } from "./support/factories";
import { confirmStep } from "./support/confirm";

// The review queue shows every change in full, and corrections of citations go through it.

const TEXT =
  "The official said the agreement includes strong guarantees, similar to Article 5. " +
  "Talks continued late into the night in Geneva, the ministry confirmed.";

async function ok<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number) {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

async function team(browser: Browser) {
  const [analystUser, editorUser] = await Promise.all([
    createUser("ANALYST"),
    createUser("EDITOR"),
  ]);
  const analystContext = await browser.newContext();
  const editorContext = await browser.newContext();
  await signInContext(analystContext, analystUser);
  await signInContext(editorContext, editorUser);
  const analyst = analystContext.request;
  const editor = editorContext.request;
  const actor = await createActor();
  const statement = `Guarantees like Article 5 (${randomUUID().slice(0, 6)})`;
  const claim = await ok<{ id: string }>(
    await analyst.post("/api/v1/claims", {
      data: {
        statement,
        isVerbatim: false,
        claimantId: actor.id,
        madeAt: "2025-11-23",
        kind: "STATEMENT",
      },
    }),
    201,
  );
  const { source } = await ok<{ source: { id: string; title: string } }>(
    await analyst.post("/api/v1/sources", {
      data: {
        url: `https://news.example.org/${randomUUID()}`,
        title: `Geneva report ${randomUUID().slice(0, 6)}`,
        kind: "NEWS_ARTICLE",
        capturedText: TEXT,
      },
    }),
    201,
  );
  const cite = (quote: string) =>
    analyst.post(`/api/v1/claims/${claim.id}/citations`, {
      data: { sourceId: source.id, quote, credibility: 2 },
    });
  const publish = async () => {
    const { reviewId } = await ok<{ reviewId: string }>(
      await analyst.post(`/api/v1/claims/${claim.id}/submit`),
      201,
    );
    await ok(await editor.post(`/api/v1/reviews/${reviewId}/approve`), 200);
  };
  return {
    claimId: claim.id,
    statement,
    source,
    analyst,
    cite,
    publish,
    analystPage: await analystContext.newPage(),
    editorPage: await editorContext.newPage(),
    close: async () => {
      await analystContext.close();
      await editorContext.close();
    },
  };
}

test("an analyst withdraws a citation; it stays public until an editor approves it in review", async ({
  browser,
  page,
}) => {
  // Three people, two citations, a withdrawal, a review: over 30 s on a busy 2-core machine.
  test.setTimeout(60_000);
  const t = await team(browser);
  await t.cite("strong guarantees, similar to Article 5");
  await t.cite("Talks continued late into the night");
  await t.publish();

  const a = t.analystPage;
  await a.goto(`/claims/${t.claimId}`);
  const first = a.getByTestId("citation").filter({ hasText: "strong guarantees" });
  await first.getByText("Correct or withdraw").click();
  // A reason is required; the error sits next to the field.
  await first.getByRole("button", { name: "Withdraw citation" }).click();
  await expect(first.getByText("Say why the citation is withdrawn")).toBeVisible();
  await first.getByLabel(/Reason for withdrawing/).fill("The quote belongs to another speaker.");
  await first.getByRole("button", { name: "Withdraw citation" }).click();
  // The page shows the citation's new state at once; a reload keeps it.
  await expect(first).toContainText("Withdrawal awaiting review (still public until approved)");
  await expect(first).toContainText(
    "Reason for withdrawing: The quote belongs to another speaker.",
  );
  await a.reload();
  await expect(a.getByTestId("citation").filter({ hasText: "strong guarantees" })).toContainText(
    "Withdrawal awaiting review",
  );
  await a.getByRole("button", { name: "Submit for review" }).click();
  await expect(a.getByText(/waiting for review/i).first()).toBeVisible();

  // Still public while the withdrawal waits.
  await page.goto(`/claims/${t.claimId}`);
  await expect(page.getByText("strong guarantees, similar to Article 5")).toBeVisible();

  const e = t.editorPage;
  await e.goto("/review");
  const card = e.getByRole("listitem").filter({ hasText: t.statement });
  const withdrawn = card.getByRole("region", { name: "Citations withdrawn" });
  await expect(withdrawn).toContainText("strong guarantees, similar to Article 5");
  await expect(withdrawn).toContainText("Reason: The quote belongs to another speaker.");
  await expect(withdrawn).toContainText("credibility 2 (Probably true)");
  await card.getByRole("button", { name: "Approve and publish" }).click();
  await confirmStep(e, "Approve and publish", t.statement);
  await expect(e.getByText(t.statement)).toHaveCount(0);

  await expect(async () => {
    await page.goto(`/claims/${t.claimId}`);
    await expect(page.getByText("Talks continued late into the night")).toBeVisible();
    await expect(page.getByText("strong guarantees, similar to Article 5")).toHaveCount(0);
  }).toPass();
  await t.close();
});

test("the review queue shows an outcome update in full: status, date, note and evidence", async ({
  browser,
}) => {
  const t = await team(browser);
  await t.cite("strong guarantees");
  await t.publish();
  await ok(
    await t.analyst.post(`/api/v1/claims/${t.claimId}/outcomes`, {
      data: {
        status: "HELD",
        occurredAt: "2026-01-10",
        note: "The signed text contains the guarantee clause.",
        sourceIds: [t.source.id],
      },
    }),
    201,
  );
  await ok(await t.analyst.post(`/api/v1/claims/${t.claimId}/submit`), 201);

  const e = t.editorPage;
  await e.goto("/review");
  const card = e.getByRole("listitem").filter({ hasText: t.statement });
  await expect(card).toContainText("Outcome update to a published claim");
  await expect(card).toContainText("The claim's text is unchanged");
  await expect(card).not.toContainText("have the same content");
  const outcomes = card.getByRole("region", { name: "Outcome updates" });
  await expect(outcomes).toContainText("Held");
  await expect(outcomes).toContainText("10 Jan 2026");
  await expect(outcomes).toContainText("The signed text contains the guarantee clause.");
  await expect(outcomes.getByRole("link", { name: t.source.title })).toBeVisible();
  await t.close();
});
