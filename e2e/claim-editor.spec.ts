import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInContext } from "./support/auth";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { chooseClaimant } from "./support/claim-form";

async function createDraftFor(authorId: string, statement: string) {
  const actor = await createActor();
  const claim = await testDb().claim.create({
    data: {
      statement,
      isVerbatim: true,
      claimantId: actor.id,
      madeAt: new Date("2025-12-15T00:00:00Z"),
      kind: "STATEMENT",
      createdById: authorId,
    },
  });
  await testDb().claimRevision.create({
    data: {
      claimId: claim.id,
      number: 1,
      statement,
      isVerbatim: true,
      claimantId: actor.id,
      madeAt: claim.madeAt,
      kind: "STATEMENT",
      authorId,
    },
  });
  return claim;
}

const statementBox = (page: Page) => page.getByRole("textbox", { name: /^Statement/ });

async function twoEditors(browser: Browser, statement: string) {
  const [alice, bob] = await Promise.all([createUser("ANALYST"), createUser("EDITOR")]);
  const claim = await createDraftFor(alice.id, statement);
  const aliceContext = await browser.newContext();
  const bobContext = await browser.newContext();
  await signInContext(aliceContext, alice);
  await signInContext(bobContext, bob);
  const a = await aliceContext.newPage();
  const b = await bobContext.newPage();
  await a.goto(`/claims/${claim.id}/edit`);
  await b.goto(`/claims/${claim.id}/edit`);
  await expect(b.getByText("Saving makes revision 2.")).toBeVisible();
  const close = async () => {
    await aliceContext.close();
    await bobContext.close();
  };
  return { alice, bob, claim, a, b, close };
}

const roleBox = (page: Page) => page.getByLabel("Claimant's role at the time");
const criteriaBox = (page: Page) => page.getByRole("textbox", { name: /^Resolution criteria/ });

test("a stale save that touches other fields is merged: the other person's edit is kept", async ({
  browser,
}) => {
  const { claim, a, b, close } = await twoEditors(browser, "Talks will end today.");
  // 1. A changes the claimant's role and saves.
  await roleBox(a).fill("Chief negotiator and defense minister");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a).toHaveURL(new RegExp(`/claims/${claim.id}\\?saved=edit$`));
  // 2. B, still on revision 1, changes the resolution criteria and saves.
  await criteriaBox(b).fill("Holds if both delegations sign a text today.");
  await b.getByRole("button", { name: "Save changes" }).click();
  // 3. Combined: A's role is not reverted, B's criteria are applied.
  await expect(b).toHaveURL(new RegExp(`/claims/${claim.id}\\?saved=merged$`));
  await expect(b.getByRole("status")).toContainText("combined with theirs in revision 3");
  const saved = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(saved.claimantRole).toBe("Chief negotiator and defense minister");
  expect(saved.resolutionCriteria).toBe("Holds if both delegations sign a text today.");
  expect(saved.version).toBe(3);
  await close();
});

test("a field both changed waits for an explicit choice, and the right next revision is shown", async ({
  browser,
}) => {
  const { alice, claim, a, b, close } = await twoEditors(browser, "Original wording.");
  await statementBox(a).fill("Alice's wording.");
  await criteriaBox(a).fill("Alice's criteria.");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a).toHaveURL(/saved=edit/);

  await statementBox(b).fill("Bob's wording.");
  await roleBox(b).fill("Spokesperson");
  await b.getByRole("button", { name: "Save changes" }).click();
  const panel = b.getByRole("region", { name: /saved revision 2/ });
  await expect(panel).toContainText(`${alice.name} saved revision 2`);
  await expect(panel).toContainText("Saving makes revision 3");
  await expect(b.getByText("Saving makes revision 3.", { exact: true })).toBeVisible();
  const statement = panel.getByRole("group", { name: "Statement" });
  await expect(statement).toContainText("Alice's wording.");
  await expect(statement).toContainText("Bob's wording.");
  // Only the clashing field is offered; the rest is combined in the form.
  await expect(panel.getByRole("group")).toHaveCount(1);
  await expect(criteriaBox(b)).toHaveValue("Alice's criteria.");
  await expect(roleBox(b)).toHaveValue("Spokesperson");
  expect((await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(2);

  // No silent choice: saving without choosing is refused next to the field.
  await b.getByRole("button", { name: "Save with my choices" }).click();
  await expect(b.getByRole("group", { name: "Statement" })).toContainText(
    'Choose which version of "Statement" to keep',
  );
  await expect(roleBox(b)).toHaveValue("Spokesperson");

  await b
    .getByRole("group", { name: "Statement" })
    .getByLabel(/Use mine/)
    .check();
  await b.getByRole("button", { name: "Save with my choices" }).click();
  await expect(b).toHaveURL(new RegExp(`/claims/${claim.id}\\?saved=edit$`));
  const revisions = await testDb().claimRevision.findMany({
    where: { claimId: claim.id },
    orderBy: { number: "asc" },
  });
  expect(revisions.map((r) => [r.statement, r.claimantRole, r.resolutionCriteria])).toEqual([
    ["Original wording.", null, null],
    ["Alice's wording.", null, "Alice's criteria."],
    ["Bob's wording.", "Spokesperson", "Alice's criteria."],
  ]);
  await close();
});

test("the history page shows who changed what, with a diff between any two revisions", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  const claim = await createDraftFor(analyst.id, "Talks were constructive on Monday.");
  await signInContext(context, analyst);
  await page.goto(`/claims/${claim.id}/edit`);
  await statementBox(page).fill("Talks were constructive and fruitful on Monday.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/saved=edit/);
  await page.goto(`/claims/${claim.id}/edit`);
  await page.getByLabel("Claimant's role at the time").fill("Chief negotiator");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/saved=edit/);

  await page
    .getByRole("navigation", { name: "Claim tools" })
    .getByRole("link", { name: "History" })
    .click();
  await expect(page.getByText(`Revision 3 by ${analyst.name}`)).toBeVisible();
  // Default: the latest change (2 → 3).
  const changes = page.getByRole("region", { name: "Changes from revision 2 to 3" });
  await expect(changes).toContainText("Claimant's role");
  await expect(changes.locator("ins")).toContainText("Chief negotiator");

  await page.getByRole("combobox", { name: /^From revision/ }).selectOption("1");
  await page.getByRole("combobox", { name: /^To revision/ }).selectOption("2");
  await page.getByRole("button", { name: "Compare" }).click();
  const first = page.getByRole("region", { name: "Changes from revision 1 to 2" });
  await expect(first.locator("ins")).toContainText("and fruitful");
  await expect(first).not.toContainText("Claimant's role");

  // The same history through the API, for members only.
  const api = await context.request.get(`/api/v1/claims/${claim.id}/revisions`);
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { revisions: { number: number; author: string }[] };
  expect(body.revisions.map((r) => r.number)).toEqual([1, 2, 3]);
  expect(body.revisions[2]?.author).toBe(analyst.name);
  await context.clearCookies();
  expect((await context.request.get(`/api/v1/claims/${claim.id}/revisions`)).status()).toBe(401);
});

test("unsaved work survives a reload and an expired session", async ({ page, context }) => {
  const analyst = await createUser("ANALYST");
  await createActor("Draft Keeper Actor");
  await signInContext(context, analyst);
  await page.goto("/claims/new");
  await statementBox(page).fill("Typed before the session expired.");
  await page.getByLabel("Resolution criteria").fill("Holds if it happens.");

  await page.reload();
  await expect(page.getByText("Restored your unsaved changes")).toBeVisible();
  await expect(statementBox(page)).toHaveValue("Typed before the session expired.");

  // The session expires while the form is open: the save is refused, the text stays.
  await context.clearCookies();
  await chooseClaimant(page, "Draft Keeper Actor");
  await page.getByLabel("Date made").fill("2025-12-15");
  await page.getByLabel("Kind").selectOption("STATEMENT");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Sign in to continue.")).toBeVisible();
  await expect(statementBox(page)).toHaveValue("Typed before the session expired.");

  // Signing in again brings the user back to the same unsaved content.
  await page.getByRole("link", { name: "Sign in again" }).click();
  await page.getByLabel("Email").fill(analyst.email);
  await page.getByLabel("Password").fill(analyst.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/claims\/new$/);
  await expect(statementBox(page)).toHaveValue("Typed before the session expired.");
  await expect(page.getByLabel("Resolution criteria")).toHaveValue("Holds if it happens.");

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/saved=new/);
  // Once saved, the draft is gone: a new form starts empty.
  await page.goto("/claims/new");
  await expect(statementBox(page)).toHaveValue("");
});

test("a viewer cannot open the editor and the server refuses their edit", async ({
  page,
  context,
}) => {
  const [analyst, viewer] = await Promise.all([createUser("ANALYST"), createUser("VIEWER")]);
  const claim = await createDraftFor(analyst.id, "A claim a viewer may read but not change.");
  await signInContext(context, viewer);
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await page.goto(`/claims/${claim.id}/edit`);
  await expect(page.getByText("Not available to your role")).toBeVisible();
  const response = await context.request.patch(`/api/v1/claims/${claim.id}`, {
    data: { version: 1, statement: "Changed by a viewer" },
  });
  expect(response.status()).toBe(403);
  expect((await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
});

test("a limited field shows its limit before any submit, and counts as you type", async ({
  page,
  context,
}) => {
  await signInContext(context, await createUser("ANALYST"));
  await page.goto("/claims/new");
  const statement = page.getByRole("textbox", { name: /^Statement/ });
  const count = page.locator("#statement-count");
  await expect(count).toHaveText("0 of 2,000 characters");
  await statement.fill("Guarantees similar to Article 5.");
  await expect(count).toHaveText("32 of 2,000 characters");
  // Screen readers hear the count once typing pauses, not at each key.
  await expect(page.locator("p[aria-live=polite]", { hasText: "32 of 2,000" })).toHaveCount(1);
  await expect(page.locator("#resolutionCriteria-count")).toHaveText("0 of 2,000 characters");
  await expect(page.locator("#claimantRole-count")).toHaveText("0 of 300 characters");
  // No HTML maxlength: a paste past the limit is kept whole, and the count says by how much.
  await statement.fill("x".repeat(2_100));
  await expect(statement).toHaveValue("x".repeat(2_100));
  await expect(count).toHaveText("100 characters too many (limit 2,000)");
});
