import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { signInContext } from "./support/auth";
import { createClaim, publish, signedInTeam } from "./support/public-workflow";
import { claimFrom, claimInput } from "./support/api";

// One way to show time (lib/dates/format.ts): days as "30 Nov 2026", moments as
// "30 Nov 2026, 22:08 UTC", or in the member's own time zone, a setting of their account.

const MOMENT = (zone: string) =>
  new RegExp(`\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} ${zone.replace("/", "\\/")}`);

test("a member chooses a time zone; their pages show times in it, public pages stay in UTC", async ({
  page,
  context,
  browser,
  playwright,
  baseURL,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  const claim = await createClaim(team, {
    statement: `Times ${randomUUID()}`,
    claimantId: (await createActor()).id,
    madeAt: "2026-03-09",
  });
  await publish(team, claim.id);
  await team.dispose();

  const viewer = await createUser("VIEWER");
  await signInContext(context, viewer);
  await page.goto("/dashboard");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Account" })
    .click();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await expect(page.getByTestId("time-now")).toHaveText(MOMENT("UTC"));

  await page.getByRole("combobox", { name: "Time zone" }).selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Saved: times are shown in Asia/Tokyo from now on.",
  );
  await page.reload();
  await expect(page.getByTestId("time-now")).toHaveText(MOMENT("Asia/Tokyo"));
  await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("Asia/Tokyo");

  // A comment's time, on the member's claim page, in their zone; the claim's day as a day.
  await page.goto(`/claims/${claim.id}`);
  const comments = page.getByRole("region", { name: /Comments/ });
  await comments.getByLabel("Add a comment").fill("What time is it in Tokyo?");
  await comments.getByRole("button", { name: "Post comment" }).click();
  await expect(comments.getByRole("status")).toHaveText("Comment posted.");
  const posted = await testDb().comment.findFirstOrThrow({ where: { claimId: claim.id } });
  const tokyo = new Date(posted.createdAt.getTime() + 9 * 3600_000);
  const hhmm = tokyo.toISOString().slice(11, 16);
  await expect(comments.getByRole("listitem").last()).toContainText(`${hhmm} Asia/Tokyo`);
  await expect(page.getByText("9 Mar 2026").first()).toBeVisible();

  // The public page of the same claim reads the same for everyone: in UTC.
  const reader = await browser.newPage();
  await reader.goto(`/claims/${claim.id}`);
  await expect(reader.getByText("9 Mar 2026").first()).toBeVisible();
  await expect(reader.locator("main")).not.toContainText("Asia/Tokyo");
  await reader.close();
});

// Every date field, fresh or refused, is the same text box with the same format hint tied
// to it: never the browser's locale date input (mm/dd/yyyy under a hint saying YYYY-MM-DD).
const DATE_HINT = /Write the day as YYYY-MM-DD/;

test("every date field says YYYY-MM-DD from the start, and a refused day stays as typed", async ({
  page,
  context,
}) => {
  // Seven pages, one after another: near the 30 s default on a busy machine.
  test.setTimeout(60_000);
  // Typed by keyboard and sent with Enter: the refused day is kept in the same box.
  await page.goto("/claims");
  const from = page.getByRole("textbox", { name: "Made on or after" });
  await expect(from).toHaveAccessibleDescription(DATE_HINT);
  await from.focus();
  await page.keyboard.type("2025-02-30");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]from=2025-02-30/);
  const refused = page.getByRole("textbox", { name: "Made on or after" });
  await expect(refused).toHaveValue("2025-02-30");
  await expect(refused).toHaveAttribute("aria-invalid", "true");
  await expect(refused).toHaveAccessibleDescription(DATE_HINT);
  await expect(refused).toHaveAccessibleDescription(
    /2025-02-30 is not a day on the calendar: enter the start date as YYYY-MM-DD/,
  );

  const admin = await createUser("ADMIN");
  await signInContext(context, admin);
  const created = await context.request.post("/api/v1/claims", {
    data: claimInput((await createActor()).id),
  });
  expect(created.status(), await created.text()).toBe(201);
  const claim = await claimFrom(created);
  const pages: [string, string[]][] = [
    ["/claims/new", ["Date made", "Resolve by"]],
    [`/claims/${claim.id}`, ["Date it happened"]],
    ["/intake", ["Publication date"]],
    ["/claims/team", ["Made on or after", "Made on or before"]],
    ["/analytics", ["Made from", "Made until"]],
    ["/admin/audit", ["From (UTC day)", "To (UTC day)"]],
  ];
  for (const [path, labels] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await expect(page.locator('input[type="date"]'), path).toHaveCount(0);
    for (const label of labels) {
      // By the label's start: a required field's name ends with "(required)".
      const box = page.getByRole("textbox", { name: label });
      await expect(box, `${path}: ${label}`).toHaveAccessibleDescription(DATE_HINT);
      await expect(box).toHaveAttribute("placeholder", "YYYY-MM-DD");
    }
  }
});
