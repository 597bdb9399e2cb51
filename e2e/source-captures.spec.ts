import { createHash, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createActor, createUser } from "./support/factories";
import { signInContext, signInViaApi } from "./support/auth";
import { expectApiError } from "./support/api";
import { cite, createClaim, createSource, publish, signedInTeam } from "./support/public-workflow";

// Issue 12, at the sizes the limits allow: a long capture stays a light page with an exact
// download, a diff never holds the server up, and the public source page comes from the cache.

const paragraph = (i: number) =>
  `Paragraph ${i}: the delegations met again on Tuesday and agreed on a further round of talks.`;
const LONG = Array.from({ length: 3_000 }, (_, i) => paragraph(i)).join("\n");

test("a long capture shows its start, downloads exactly, and compares by changed paragraph", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  test.slow(); // 270,000 characters through the API and the page
  const team = await signedInTeam(playwright, baseURL);
  const source = await createSource(team, LONG);
  const changed = LONG.replace(paragraph(1_500), `${paragraph(1_500)} Then they left Geneva.`);
  const recapture = await team.analyst.post(`/api/v1/sources/${source.id}/captures`, {
    data: { capturedText: changed },
  });
  expect(recapture.status()).toBe(201);
  await team.dispose();

  await signInContext(context, await createUser("VIEWER"));
  const response = await page.goto(`/sources/${source.id}`);
  expect((await response?.body())?.length ?? 0, "the page is not the whole text").toBeLessThan(
    LONG.length * 1.5,
  );
  await expect(page.getByTestId("capture-preview-note")).toContainText(
    `Showing the first 100,000 of ${changed.length.toLocaleString("en-US")} characters`,
  );
  const diff = page.getByTestId("capture-diff");
  await expect(diff.locator("ins")).toHaveText([" Then they left Geneva."]);
  await expect(diff).toContainText("unchanged characters");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the captured text" }).click();
  const file = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks);
  expect(text.toString("utf8")).toBe(changed);
  const sha = createHash("sha256").update(text).digest("hex");
  await expect(page.getByText(sha).first()).toBeVisible();
});

test("a capture's text is for members only, and a missing one is not found", async ({
  playwright,
  baseURL,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  const source = await createSource(team, "A short text for the capture download.");
  const url = `/api/v1/sources/${source.id}/captures/1`;
  const ok = await team.analyst.get(url);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(ok.headers()["repr-digest"]).toBe(
    `sha-256=:${createHash("sha256").update("A short text for the capture download.").digest("base64")}:`,
  );
  await expectApiError(
    await team.analyst.get(`/api/v1/sources/${source.id}/captures/2`),
    404,
    "NOT_FOUND",
  );
  await expectApiError(
    await team.analyst.get(`/api/v1/sources/${source.id}/captures/x`),
    404,
    "NOT_FOUND",
  );
  await expectApiError(
    await team.analyst.get(`/api/v1/sources/${randomUUID()}/captures/1`),
    404,
    "NOT_FOUND",
  );
  await team.dispose();

  const anonymous = await playwright.request.newContext({ baseURL });
  await expectApiError(await anonymous.get(url), 401, "UNAUTHORIZED");
  await anonymous.dispose();
  const viewer = await playwright.request.newContext({ baseURL });
  await signInViaApi(viewer, await createUser("VIEWER"));
  expect((await viewer.get(url)).status()).toBe(200);
  await viewer.dispose();
});

test("the public source page is served from the cache and dropped when the source changes", async ({
  playwright,
  baseURL,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  const source = await createSource(team, "The mayor said the bridge “will open by Friday”.");
  const claim = await createClaim(team, {
    statement: `Bridge opening ${randomUUID()}`,
    claimantId: (await createActor()).id,
  });
  await cite(team, claim.id, source.id, "will open by Friday");
  await publish(team, claim.id);

  const reader = await playwright.request.newContext({ baseURL });
  const visit = async () => {
    const response = await reader.get(`/sources/${source.id}`);
    expect(response.status()).toBe(200);
    return { cache: response.headers()["x-nextjs-cache"], html: await response.text() };
  };
  await expect.poll(async () => (await visit()).cache, { timeout: 10_000 }).toBe("HIT");
  expect((await visit()).html).not.toContain("<script");

  const text = "The mayor said the bridge would open next month instead.";
  const recapture = await team.analyst.post(`/api/v1/sources/${source.id}/captures`, {
    data: { capturedText: text },
  });
  expect(recapture.status()).toBe(201);
  const sha = createHash("sha256").update(text).digest("hex");
  await expect.poll(async () => (await visit()).html, { timeout: 5_000 }).toContain(sha);
  await team.dispose();
  await reader.dispose();
});
