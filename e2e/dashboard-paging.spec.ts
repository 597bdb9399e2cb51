import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext } from "./support/auth";

// Each dashboard list pages by cursor on its own (lib/paging/keyset-page.ts): 20 rows, a
// count, "Next page" and back to the first page, and a draft saved meanwhile does not push a
// row of the first page onto the second.
test("my drafts page by cursor, stable while a draft is saved between pages", async ({
  page,
  context,
}) => {
  const analyst = await createUser("ANALYST");
  await signInContext(context, analyst);
  const actor = await createActor();
  const db = testDb();
  const statements = Array.from(
    { length: 23 },
    (_, i) => `Paged draft ${String(i).padStart(2, "0")}`,
  );
  for (const [i, statement] of statements.entries()) {
    await db.claim.create({
      data: {
        statement,
        isVerbatim: false,
        claimantId: actor.id,
        madeAt: new Date("2025-01-01T00:00:00Z"),
        kind: "STATEMENT",
        createdById: analyst.id,
        updatedAt: new Date(Date.UTC(2025, 0, 1, 0, 59 - i)),
      },
    });
  }

  await page.goto("/dashboard");
  const drafts = page.getByRole("region", { name: "My drafts" });
  await expect(drafts.getByText("23 drafts")).toBeVisible();
  await expect(drafts.getByRole("listitem")).toHaveCount(20);
  await expect(drafts.getByRole("link", { name: statements[0] })).toBeVisible();

  await db.claim.create({
    data: {
      statement: "Saved while paging",
      isVerbatim: false,
      claimantId: actor.id,
      madeAt: new Date("2025-01-01T00:00:00Z"),
      kind: "STATEMENT",
      createdById: analyst.id,
    },
  });
  await page
    .getByRole("navigation", { name: "My drafts pages" })
    .getByRole("link", { name: "Next page" })
    .click();
  await expect(page).toHaveURL(/[?&]drafts=/);
  const second = page.getByRole("region", { name: "My drafts" });
  await expect(second.getByRole("listitem")).toHaveCount(3);
  for (const statement of statements.slice(20)) {
    await expect(second.getByRole("link", { name: statement })).toBeVisible();
  }
  await expect(second.getByText("24 drafts")).toBeVisible();

  await page
    .getByRole("navigation", { name: "My drafts pages" })
    .getByRole("link", { name: "First page" })
    .click();
  await expect(
    page
      .getByRole("region", { name: "My drafts" })
      .getByRole("link", { name: "Saved while paging" }),
  ).toBeVisible();

  await page.goto("/dashboard?drafts=not-a-cursor");
  await expect(
    page.getByText("A page link was not valid; that list shows its first page."),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "My drafts" }).getByRole("listitem")).toHaveCount(
    20,
  );
});
