import { expect, test } from "@playwright/test";
import { signInViaApi } from "./support/auth";
import { createActor, createUser } from "./support/factories";

test("a publish shows up on the cached public pages within a second", async ({
  playwright,
  baseURL,
  page,
}) => {
  const [analyst, editor] = await Promise.all([createUser("ANALYST"), createUser("EDITOR")]);
  const analystApi = await playwright.request.newContext({ baseURL });
  const editorApi = await playwright.request.newContext({ baseURL });
  await signInViaApi(analystApi, analyst);
  await signInViaApi(editorApi, editor);
  const actor = await createActor();
  const statement = `Cache check ${Date.now()}: published and seen within a second.`;
  const created = await analystApi.post("/api/v1/claims", {
    data: { statement, claimantId: actor.id, madeAt: "2025-12-15", kind: "STATEMENT" },
  });
  const { id } = (await created.json()) as { id: string };
  const submitted = await analystApi.post(`/api/v1/claims/${id}/submit`);
  const { reviewId } = (await submitted.json()) as { reviewId: string };

  // Warm the cached public reads: the home page and the public API list.
  await page.goto("/");
  await page.goto("/");
  expect(await page.getByText(statement).count()).toBe(0);
  await page.request.get("/api/v1/claims?pageSize=100");

  expect((await editorApi.post(`/api/v1/reviews/${reviewId}/approve`)).status()).toBe(200);

  await expect
    .poll(
      async () => {
        const list = (await (await page.request.get("/api/v1/claims?pageSize=100")).json()) as {
          items: { id: string }[];
        };
        return list.items.some((c) => c.id === id);
      },
      { timeout: 1000, intervals: [50] },
    )
    .toBe(true);
  await page.goto("/");
  await expect(page.getByText(statement)).toBeVisible({ timeout: 1000 });
  await Promise.all([analystApi.dispose(), editorApi.dispose()]);
});
