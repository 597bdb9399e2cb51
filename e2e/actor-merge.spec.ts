// Merging duplicate actors, and the pickers that choose the actors to merge: the merge picker
// joins existing actors only; a new actor is created where a claim needs one.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { shownOption } from "./support/pickers";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { claimInput } from "./support/api";
import { confirmStep } from "./support/confirm";

test("an editor merges a duplicate through the picker; its page leads to the survivor", async ({
  page,
  context,
}) => {
  const tag = randomUUID().slice(0, 8);
  const survivor = await createActor(`Survivor ${tag}`);
  const duplicate = await createActor(`Duplicate Dúplicado ${tag}`);
  const editor = await createUser("EDITOR");
  await signInContext(context, editor);
  const created = await context.request.post("/api/v1/claims", {
    data: claimInput(duplicate.id),
  });
  expect(created.status(), await created.text()).toBe(201);
  const claim = (await created.json()) as { id: string; statement: string };

  await page.goto(`/actors/${survivor.id}`);
  const form = page.locator("form", { hasText: `Merge a duplicate into ${survivor.name}` });
  const picker = form.getByRole("combobox", { name: "Duplicate to merge into this actor" });
  // The list opens in a popover outside the form; the keyboard moves through it.
  const option = await shownOption(picker, `dúplicado ${tag}`, duplicate.name);
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  // A merge joins existing actors: the picker offers no "Create a new actor".
  await expect(page.getByRole("option", { name: /^Create a new actor/ })).toHaveCount(0);
  await expect(form.getByRole("button", { name: "New actor…" })).toHaveCount(0);
  // The arrow keys move the active option (aria-activedescendant) to the duplicate.
  const optionId = (await option.getAttribute("id"))!;
  await expect(async () => {
    const active = await picker.getAttribute("aria-activedescendant");
    if (active !== optionId) await picker.press("ArrowDown");
    await expect(picker).toHaveAttribute("aria-activedescendant", optionId, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(option).toHaveAttribute("data-focused", "true");
  await picker.press("Enter");
  await expect(picker).toHaveValue(duplicate.name);
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await expect(form.getByText(`Selected: ${duplicate.name}`)).toBeVisible();
  await form.getByRole("button", { name: "Merge into this actor", exact: true }).click();
  // The dialog names both actors: which one goes, and which one survives.
  await expect(page.getByRole("alertdialog")).toContainText(
    `${duplicate.name}'s claims, revisions, name and aliases move to ${survivor.name}, which survives`,
  );
  await confirmStep(page, "Merge into this actor", "cannot be undone");

  await expect(page).toHaveURL(new RegExp(`/actors/${survivor.id}\\?merged=${duplicate.id}$`));
  await expect(page.getByRole("status").first()).toHaveText(
    `Merged: the claims, name and aliases of ${duplicate.name} now belong to ${survivor.name}.`,
  );
  await expect(page.getByRole("region", { name: "Also known as" })).toContainText(duplicate.name);
  await expect(
    page.getByRole("region", { name: "Track record" }).getByRole("link", { name: claim.statement }),
  ).toBeVisible();

  await page.goto(`/actors/${duplicate.id}`);
  await expect(page).toHaveURL(new RegExp(`/actors/${survivor.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(survivor.name);

  const db = testDb();
  expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).claimantId).toBe(
    survivor.id,
  );
  expect(await db.claimRevision.count({ where: { claimantId: duplicate.id } })).toBe(0);
  expect((await db.actor.findUniqueOrThrow({ where: { id: duplicate.id } })).mergedIntoId).toBe(
    survivor.id,
  );
  const events = await db.auditEvent.findMany({
    where: { action: "actor.merge", actorId: editor.id },
  });
  expect(events.map((e) => e.entityId).sort()).toEqual(
    [duplicate.id, survivor.id, claim.id].sort(),
  );
});

test("the claimant picker creates an actor inline, with errors next to its fields; a merge picker only joins existing actors", async ({
  page,
  context,
}) => {
  const tag = randomUUID().slice(0, 8);
  const actor = await createActor(`Merged away ${tag}`);
  await signInContext(context, await createUser("ADMIN"));
  await page.goto(`/actors/${actor.id}`);
  const mergeForm = page.locator("form", { hasText: `Merge ${actor.name} into another actor` });
  const mergePicker = mergeForm.getByRole("combobox", { name: "Actor to merge this one into" });

  // Submitting without a choice is refused next to the picker.
  await mergeForm.getByRole("button", { name: "Merge this actor away" }).click();
  await confirmStep(page, "Merge this actor away");
  await expect(mergePicker).toHaveAccessibleDescription(/Choose the actor to merge into/);

  // A new actor is created where a claim needs one: the claim form's claimant picker.
  await page.goto("/claims/new");
  const picker = page.getByRole("combobox", { name: /^Claimant/ });
  const newName = `Brand new ${tag}`;
  await picker.fill(newName);
  await expect(page.getByText(`No actor matches “${newName}”. You can create one.`)).toBeVisible();
  await page.getByRole("option", { name: `Create a new actor “${newName}”` }).click();
  const panel = page.getByRole("group", { name: "New actor" });
  await expect(panel.getByLabel("Name")).toHaveValue(newName);
  await panel.getByLabel("Name").fill("");
  await panel.getByRole("button", { name: "Create and select" }).click();
  await expect(panel.getByLabel("Name")).toHaveAccessibleDescription("Enter the actor's name");
  await panel.getByLabel("Name").fill(newName);
  await panel.getByLabel("Kind").selectOption({ label: "Organization" });
  await panel.getByLabel("Aliases").fill(`Brand-new ${tag}\nBrand nu ${tag}`);
  await panel.getByLabel("Affiliation").fill("E2E");
  await panel.getByLabel("Affiliation").press("Enter");
  await expect(panel).toHaveCount(0);
  await expect(picker).toHaveValue(newName);
  await expect(picker).toBeFocused();

  const created = await testDb().actor.findFirstOrThrow({ where: { name: newName } });
  expect(created).toMatchObject({ kind: "ORGANIZATION", affiliation: "E2E", mergedIntoId: null });
  const aliases = await testDb().actorAlias.findMany({
    where: { actorId: created.id },
    select: { alias: true },
  });
  expect(aliases.map((a) => a.alias)).toEqual(
    expect.arrayContaining([`Brand-new ${tag}`, `Brand nu ${tag}`]),
  );

  // The merge picker finds the new actor, and offers no creation of its own.
  await page.goto(`/actors/${actor.id}`);
  const option = await shownOption(mergePicker, `Brand nu ${tag}`, newName);
  await expect(page.getByRole("option", { name: /^Create a new actor/ })).toHaveCount(0);
  await option.click();
  await expect(mergePicker).toHaveValue(newName);
  await mergeForm.getByRole("button", { name: "Merge this actor away" }).click();
  await confirmStep(page, "Merge this actor away", `move to ${newName}, which survives`);
  await expect(page).toHaveURL(new RegExp(`/actors/${created.id}\\?merged=${actor.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(newName);
});
