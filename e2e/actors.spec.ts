import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { shownOption } from "./support/pickers";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { claimInput, expectApiError } from "./support/api";
import { confirmStep } from "./support/confirm";

const ACTOR_URL = /\/actors\/([0-9a-f-]{36})(\?.*)?$/;

interface ActorPage {
  items: { id: string; name: string; aliases: { alias: string }[] }[];
  total: number;
}

async function searchApi(request: APIRequestContext, q: string): Promise<ActorPage> {
  const response = await request.get(`/api/v1/actors?${new URLSearchParams({ q }).toString()}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as ActorPage;
}

test("an analyst creates an actor with an alias and finds it by the alias", async ({
  page,
  context,
  request,
}) => {
  const tag = randomUUID().slice(0, 8);
  const name = `Rustem Umerov ${tag}`;
  const alias = `Rustam Umárov ${tag}`;
  await signInContext(context, await createUser("ANALYST"));

  await page.goto("/actors");
  await page.getByRole("link", { name: "New actor" }).click();
  await expect(page.getByRole("heading", { name: "New actor" })).toBeVisible();
  // A failed save names the field and keeps what was typed.
  await page.getByLabel("Aliases").fill(alias);
  await page.getByRole("button", { name: "Create actor" }).click();
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription(/Enter the actor's name/);
  await expect(page.getByLabel("Aliases")).toHaveValue(alias);

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Kind").selectOption({ label: "Person" });
  await page.getByLabel("Affiliation").fill("Government of Ukraine");
  await page.getByRole("button", { name: "Create actor" }).click();
  await expect(page).toHaveURL(ACTOR_URL);
  const id = ACTOR_URL.exec(page.url())?.[1];
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("region", { name: "Also known as" })).toContainText(alias);

  // The API finds it by the alias, without the accent and in another case, signed in or not.
  const found = await searchApi(request, `RUSTAM UMAROV ${tag}`);
  expect(found.items.map((a) => a.id)).toEqual([id]);
  expect(found.items[0]?.aliases.map((a) => a.alias)).toEqual([alias]);
  expect((await searchApi(context.request, `umarov ${tag}`)).items.map((a) => a.id)).toEqual([id]);

  // So does the directory.
  await page.goto("/actors");
  await page.getByLabel("Name or alias").fill(`umarov ${tag}`);
  await page.getByLabel("Kind").selectOption({ label: "Person" });
  await page.getByRole("button", { name: "Search" }).click();
  const results = page.getByRole("region", { name: /1 actor matching/ });
  await expect(results.getByRole("link", { name })).toHaveAttribute("href", `/actors/${id}`);
  await page.getByLabel("Kind").selectOption({ label: "Organization" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("region", { name: /0 actors matching/ })).toBeVisible();

  const audit = await testDb().auditEvent.findFirst({
    where: { entityId: id, action: "actor.create" },
  });
  expect(audit).not.toBeNull();
});

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

test("an analyst may edit an actor but is not offered a merge, and the API refuses it", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const tag = randomUUID().slice(0, 8);
  const actor = await createActor(`Editable ${tag}`);
  const other = await createActor(`Other ${tag}`);
  await signInContext(context, await createUser("ANALYST"));

  await page.goto(`/actors/${actor.id}`);
  await expect(page.getByRole("heading", { name: "Edit actor" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Merge duplicates" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /merge/i })).toHaveCount(0);

  await page.getByRole("textbox", { name: "Name (required)" }).fill(`Edited ${tag}`);
  await page.getByLabel("Add aliases").fill(`Édité ${tag}`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Changes saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edited ${tag}`);
  await expect(page.getByRole("region", { name: "Also known as" })).toContainText(`Édité ${tag}`);
  await expect(page.getByRole("region", { name: "Also known as" })).toContainText(actor.name);

  await expectApiError(
    await context.request.post(`/api/v1/actors/${actor.id}/merge`, { data: { intoId: other.id } }),
    403,
    "FORBIDDEN",
  );
  const anonymous = await playwright.request.newContext({ baseURL });
  await expectApiError(
    await anonymous.post(`/api/v1/actors/${actor.id}/merge`, { data: { intoId: other.id } }),
    401,
    "UNAUTHORIZED",
  );
  await anonymous.dispose();
  expect(
    (await testDb().actor.findUniqueOrThrow({ where: { id: actor.id } })).mergedIntoId,
  ).toBeNull();
});

test("viewers and visitors read actors but cannot change them", async ({
  page,
  context,
  request,
}) => {
  const actor = await createActor();
  await page.goto(`/actors/${actor.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(actor.name);
  await expect(page.getByRole("heading", { name: "Edit actor" })).toHaveCount(0);
  await page.goto("/actors");
  await expect(page.getByRole("link", { name: "New actor" })).toHaveCount(0);
  await expectApiError(
    await request.post("/api/v1/actors", { data: { name: "X", kind: "PERSON" } }),
    401,
    "UNAUTHORIZED",
  );

  await signInViaApi(context.request, await createUser("VIEWER"));
  await page.goto(`/actors/${actor.id}`);
  await expect(page.getByRole("heading", { name: "Edit actor" })).toHaveCount(0);
  await page.goto("/actors/new");
  await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
  await expectApiError(
    await context.request.patch(`/api/v1/actors/${actor.id}`, { data: { name: "X" } }),
    403,
    "FORBIDDEN",
  );
  await expectApiError(
    await context.request.post("/api/v1/actors", { data: { name: "X", kind: "PERSON" } }),
    403,
    "FORBIDDEN",
  );
});

test("the actors API validates its input and names the field", async ({ context, request }) => {
  await expectApiError(await request.get("/api/v1/actors?kind=ALIEN"), 400, "INVALID");
  await expectApiError(await request.get(`/api/v1/actors/${randomUUID()}`), 404, "NOT_FOUND");
  await expectApiError(await request.get("/api/v1/actors/not-an-id"), 404, "NOT_FOUND");

  await signInViaApi(context.request, await createUser("EDITOR"));
  const bad = await expectApiError(
    await context.request.post("/api/v1/actors", {
      data: { name: " ", kind: "ALIEN", aliases: "x".repeat(201) },
    }),
    400,
    "INVALID",
  );
  expect(Object.keys(bad.fields ?? {}).sort()).toEqual(["aliases.0", "kind", "name"]);

  const created = await context.request.post("/api/v1/actors", {
    data: { name: `API actor ${randomUUID()}`, kind: "ANONYMOUS", aliases: ["a spokesperson"] },
  });
  expect(created.status(), await created.text()).toBe(201);
  const actor = (await created.json()) as { id: string };
  expect(created.headers()["location"]).toBe(`/api/v1/actors/${actor.id}`);
  const self = await expectApiError(
    await context.request.post(`/api/v1/actors/${actor.id}/merge`, { data: { intoId: actor.id } }),
    400,
    "INVALID",
  );
  expect(self.fields).toHaveProperty("intoId");
  const patched = await context.request.patch(`/api/v1/actors/${actor.id}`, {
    data: { description: "Quoted often", addAliases: ["the spokesperson"] },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  expect(await patched.json()).toMatchObject({
    description: "Quoted often",
    aliases: [{ alias: "a spokesperson" }, { alias: "the spokesperson" }],
  });
});
