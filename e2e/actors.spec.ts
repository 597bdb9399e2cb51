import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { expectApiError } from "./support/api";

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
