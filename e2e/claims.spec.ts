import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { DEMO_TOPIC } from "./support/demo";
import { chooseTag, chosenTag } from "./support/pickers";
import { chooseClaimant, chosenClaimantId } from "./support/claim-form";

// A claim's page, possibly with a query (a save lands on `?saved=1`).
const CLAIM_URL = /\/claims\/([0-9a-f-]{36})(?:\?[^/]*)?$/;

function form(page: Page) {
  return {
    statement: page.getByLabel("Statement"),
    verbatim: page.getByLabel("Verbatim quote"),
    claimant: page.getByRole("combobox", { name: "Claimant" }),
    claimantRole: page.getByLabel("Claimant's role at the time"),
    madeAt: page.getByLabel("Date made"),
    kind: page.getByRole("combobox", { name: "Kind" }),
    chooseTopic: (name: string) => chooseTag(page, "Topics", name),
    topic: (name: string) => chosenTag(page, "Topics", name),
    resolutionCriteria: page.getByLabel("Resolution criteria"),
    resolveBy: page.getByLabel("Resolve by"),
    save: page.getByRole("button", { name: "Save draft" }),
  };
}

function claimIdFrom(page: Page): string {
  const id = /^\/claims\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`Not on a claim page: ${page.url()}`);
  return id;
}

test("an analyst creates a claim in the browser; it is a draft, listed and audited", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  const actor = await createActor();
  await signInContext(context, analyst);
  const statement = `We will finish the bridge by spring ${randomUUID()}`;

  await page.goto("/dashboard");
  await page.getByRole("main").getByRole("link", { name: "New claim" }).click();
  await expect(page.getByRole("heading", { name: "New claim" })).toBeVisible();
  const f = form(page);
  await f.statement.fill(statement);
  await f.verbatim.check();
  await chooseClaimant(page, actor.name);
  await f.claimantRole.fill("Minister of infrastructure");
  await f.madeAt.fill("2025-12-15");
  await f.kind.selectOption({ label: "Promise — a commitment by the claimant" });
  await f.chooseTopic(DEMO_TOPIC);
  await f.resolutionCriteria.fill("Holds if the bridge opens to traffic.");
  await f.resolveBy.fill("2026-06-30");
  await f.save.click();

  await expect(page).toHaveURL(CLAIM_URL);
  const id = claimIdFrom(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`“${statement}”`);
  await expect(page.getByText("Editorial status: Draft")).toBeVisible();
  await expect(page.getByText(/you are reading the team's working copy/)).toBeVisible();
  const facts = page.getByRole("main").locator("dl");
  await expect(facts).toContainText(`${actor.name}, Minister of infrastructure`);
  await expect(facts).toContainText("15 Dec 2025");
  await expect(facts).toContainText("Promise");
  await expect(facts).toContainText("30 Jun 2026");
  await expect(facts).toContainText(DEMO_TOPIC);
  await expect(page.getByText("Holds if the bridge opens to traffic.")).toBeVisible();

  await page.goto("/dashboard");
  const drafts = page.getByRole("region", { name: "My drafts" });
  await expect(drafts.getByRole("link", { name: statement })).toHaveAttribute(
    "href",
    `/claims/${id}`,
  );
  await expect(
    page.getByRole("region", { name: "Claims in review" }).getByRole("link", { name: statement }),
  ).toHaveCount(0);

  const claim = await testDb().claim.findUniqueOrThrow({
    where: { id },
    include: { topics: { include: { topic: true } }, revisions: true },
  });
  expect(claim).toMatchObject({
    statement,
    isVerbatim: true,
    claimantId: actor.id,
    kind: "PROMISE",
    editorialStatus: "DRAFT",
    createdById: analyst.id,
    version: 1,
    publishedRevisionId: null,
  });
  expect(claim.topics.map((t) => t.topic.name)).toEqual([DEMO_TOPIC]);
  expect(claim.revisions).toHaveLength(1);
  const audit = await testDb().auditEvent.findMany({
    where: { action: "claim.create", entityType: "Claim", entityId: id },
  });
  expect(audit).toHaveLength(1);
  expect(audit[0]?.actorId).toBe(analyst.id);
});

test("bad input shows each error next to its field and keeps everything typed", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  const actor = await createActor();
  await signInContext(context, analyst);
  const statement = `It will rain on the parade ${randomUUID()}`;

  await page.goto("/claims/new");
  const f = form(page);
  await f.verbatim.check();
  await chooseClaimant(page, actor.name);
  await f.claimantRole.fill("Weather forecaster");
  await f.madeAt.fill("2025-12-15");
  await f.kind.selectOption("PREDICTION");
  await f.chooseTopic(DEMO_TOPIC);
  await f.resolutionCriteria.fill("Holds if it rains during the parade.");
  await f.resolveBy.fill("2025-12-01");
  await f.save.click();

  // Empty statement and a resolve-by date before the date made: both named at once.
  await expect(page.locator("#statement-error")).toHaveText("Enter the statement");
  await expect(f.statement).toHaveAttribute("aria-invalid", "true");
  await expect(f.statement).toHaveAttribute("aria-describedby", /\bstatement-error\b/);
  await expect(f.statement).toHaveAccessibleDescription(/Enter the statement/);
  await expect(page.locator("#resolveBy-error")).toHaveText(
    "The resolve-by date cannot be before the date the claim was made",
  );
  await expect(f.resolveBy).toHaveAttribute("aria-invalid", "true");
  await expect(f.resolveBy).toHaveAttribute("aria-describedby", /\bresolveBy-error\b/);
  // The fields that were fine are not marked.
  for (const field of [f.claimant, f.claimantRole, f.madeAt, f.kind, f.resolutionCriteria]) {
    await expect(field).not.toHaveAttribute("aria-invalid", "true");
  }
  await expect(page.locator("#claimantId-error, #madeAt-error, #kind-error")).toHaveCount(0);
  // Everything typed is still there.
  await expect(f.statement).toHaveValue("");
  await expect(f.verbatim).toBeChecked();
  await expect(chosenClaimantId(page)).toHaveValue(actor.id);
  await expect(f.claimant).toHaveValue(actor.name);
  await expect(f.claimantRole).toHaveValue("Weather forecaster");
  await expect(f.madeAt).toHaveValue("2025-12-15");
  await expect(f.kind).toHaveValue("PREDICTION");
  await expect(f.topic(DEMO_TOPIC)).toBeVisible();
  await expect(f.resolutionCriteria).toHaveValue("Holds if it rains during the parade.");
  await expect(f.resolveBy).toHaveValue("2025-12-01");

  // Fix the statement only: the date error remains, the statement text is kept.
  await f.statement.fill(statement);
  await f.save.click();
  await expect(page.locator("#statement-error")).toHaveCount(0);
  await expect(f.statement).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#resolveBy-error")).toBeVisible();
  await expect(f.statement).toHaveValue(statement);
  await expect(chosenClaimantId(page)).toHaveValue(actor.id);
  await expect(f.claimant).toHaveValue(actor.name);
  await expect(f.claimantRole).toHaveValue("Weather forecaster");
  await expect(f.kind).toHaveValue("PREDICTION");
  await expect(f.resolutionCriteria).toHaveValue("Holds if it rains during the parade.");
  await expect(page).toHaveURL(/\/claims\/new$/);
  expect(await testDb().claim.count({ where: { createdById: analyst.id } })).toBe(0);

  // Fix the date as well, and the same form saves.
  await f.resolveBy.fill("2026-01-31");
  await f.save.click();
  await expect(page).toHaveURL(CLAIM_URL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`“${statement}”`);
  expect(await testDb().claim.count({ where: { createdById: analyst.id } })).toBe(1);
});

test("hostile input is shown as text and never runs", async ({ page, context }) => {
  const analyst = await createUser("ANALYST");
  const actor = await createActor();
  await signInContext(context, analyst);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const statement = "<script>alert(1)</script>";
  const role = `<img src=x onerror="alert(2)"> ${randomUUID()}`;

  await page.goto("/claims/new");
  const f = form(page);
  await f.statement.fill(statement);
  await chooseClaimant(page, actor.name);
  await f.claimantRole.fill(role);
  await f.madeAt.fill("2025-12-15");
  await f.kind.selectOption("STATEMENT");
  await f.save.click();

  await expect(page).toHaveURL(CLAIM_URL);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(statement);
  await expect(page.getByText("(paraphrase)")).toBeVisible();
  await expect(heading.locator("script")).toHaveCount(0);
  await expect(page.getByRole("main").getByText(`${actor.name}, ${role}`)).toBeVisible();
  await expect(page.getByRole("main").locator("img")).toHaveCount(0);

  // The save landed through a client-side navigation; a full load renders on the server.
  await page.reload();
  await expect(heading).toHaveText(statement);
  await expect(heading.locator("script")).toHaveCount(0);
  await expect(page.getByRole("main").getByText(`${actor.name}, ${role}`)).toBeVisible();
  await expect(page.getByRole("main").locator("img")).toHaveCount(0);

  // The same text in a list, after a full load of another page.
  await page.goto("/dashboard");
  await expect(
    page.getByRole("region", { name: "My drafts" }).getByRole("link", { name: statement }),
  ).toBeVisible();
  await expect(page.getByRole("main").locator("li script")).toHaveCount(0);

  expect(dialogs).toEqual([]);
});
