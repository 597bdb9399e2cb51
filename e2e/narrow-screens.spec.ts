import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Page,
  type PlaywrightWorkerArgs,
} from "@playwright/test";
import type { Role } from "../lib/generated/prisma/enums";
import { claimInput } from "./support/api";
import { signInContext, signInViaApi } from "./support/auth";
import { invalidatePublicCache, testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { fillRoute, PAGE_ROUTES, rolesFor, type PageRoute } from "./support/page-routes";
import { cite, createClaim, publish, signedInTeam } from "./support/public-workflow";

// Every page fits a 390 px phone and a 1280 px laptop without scrolling sideways, signed out
// and as each role that may open it, with no axe violations signed in; and the member menu
// that stands for the header's links on a phone opens by keyboard and by touch. The records
// shown carry the long words that used to widen pages: e-mail addresses, a URL, ids.

const WIDTHS = [390, 1280] as const;
const HEIGHT = 844;
const tag = randomUUID().slice(0, 8);
const LONG_EMAIL = `firstname.middlename.lastname.${tag}@departmental-subdomain.e2e.example.org`;
const LONG_URL = `https://news.example.org/2026/11/30/${"a-long-slug-of-many-words-".repeat(4)}${tag}?utm_source=newsletter&utm_medium=email`;
const QUOTE = "Talks will conclude with a signed agreement before the end of March.";

/**
 * A published claim, resolved so that its forecasts show, cited to a source at a long URL;
 * a user and an invitation with long e-mail addresses. Returns the value of each dynamic
 * segment (e2e/support/page-routes.ts), keyed as fillRoute asks for it.
 */
async function makeRecords(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string | undefined,
): Promise<Record<string, string>> {
  const team = await signedInTeam(playwright, baseURL);
  const admin = await playwright.request.newContext({ baseURL });
  try {
    const actor = await createActor(`Ministry of Foreign Affairs spokesperson ${tag}`);
    const sourceResponse = await team.analyst.post("/api/v1/sources", {
      data: { url: LONG_URL, title: `A report ${tag}`, kind: "NEWS_ARTICLE", capturedText: QUOTE },
    });
    expect(sourceResponse.status(), await sourceResponse.text()).toBe(201);
    const { source } = (await sourceResponse.json()) as { source: { id: string } };
    const claim = await createClaim(team, claimInput(actor.id, { resolveBy: null }));
    await cite(team, claim.id, source.id, QUOTE);
    await team.analyst.post(`/api/v1/claims/${claim.id}/forecasts`, { data: { probability: 70 } });
    await publish(team, claim.id);
    await testDb().claim.update({
      where: { id: claim.id },
      data: { outcomeStatus: "HELD", publicOutcomeStatus: "HELD" },
    });
    await invalidatePublicCache();

    const longUser = await createUser("VIEWER");
    await testDb().user.update({ where: { id: longUser.id }, data: { email: LONG_EMAIL } });
    await signInViaApi(admin, await createUser("ADMIN"));
    const invited = await admin.post("/api/v1/admin/invitations", {
      data: { email: `invited.${LONG_EMAIL}`, role: "ANALYST" },
    });
    expect(invited.status(), await invited.text()).toBe(201);
    const { link } = (await invited.json()) as { link: string };
    const topic = await testDb().topic.findFirstOrThrow({ orderBy: { name: "asc" } });
    return {
      "claims/[id]": claim.id,
      "actors/[id]": actor.id,
      "sources/[id]": source.id,
      "topics/[slug]": topic.slug,
      "invite/[token]": link.split("/invite/")[1] ?? "",
      "cached/[origin]": "-",
      "search/[query]": "all",
    };
  } finally {
    await Promise.all([team.dispose(), admin.dispose()]);
  }
}

/** How far a page is wider than its window, naming the outermost elements that stick out. */
async function overflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const sticksOut = (e: Element | null) =>
      e !== null && e.getBoundingClientRect().right > root.clientWidth + 0.5;
    // An element clipped by a box that scrolls sideways does not widen the page.
    const clipped = (e: Element) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") return true;
      }
      return false;
    };
    const names = [...document.body.querySelectorAll("*")]
      .filter((e) => sticksOut(e) && !sticksOut(e.parentElement) && !clipped(e))
      .slice(0, 4)
      .map((e) => e.outerHTML.slice(0, 160));
    return `${root.scrollWidth} > ${root.clientWidth}: ${names.join(" ")}`;
  });
}

/** The header once the member part is drawn: "Menu" on a phone, the links and "Sign out" wider. */
async function memberHeaderReady(page: Page, width: number) {
  const nav = page.getByRole("navigation", { name: "Main" });
  const name = width < 768 ? "Menu" : "Sign out";
  await expect(nav.getByRole("button", { name, exact: true })).toBeVisible({ timeout: 30_000 });
}

let values: Record<string, string> = {};
const path = (route: PageRoute) => fillRoute(route.pattern, (key) => values[key] ?? "missing");

/**
 * Opens each page at `width`, signed out or signed in as the least privileged role that may
 * open it, and lists every page wider than its window and, signed in, every axe violation.
 */
async function sweep(browser: Browser, width: number, signedIn: boolean) {
  const contexts = new Map<Role, BrowserContext>();
  const problems: string[] = [];
  try {
    for (const route of PAGE_ROUTES) {
      const who = signedIn ? rolesFor(route)[0] : null;
      if (signedIn ? ONLY_SIGNED_OUT.has(route.pattern) : route.permission !== null) continue;
      const page = await pageAs(browser, contexts, who, width);
      const at = `${who ?? "signed out"} ${width} px ${path(route)}`;
      const response = await page.goto(path(route));
      if (!response || response.status() >= 400) problems.push(`${at}: ${response?.status()}`);
      if (who) await memberHeaderReady(page, width);
      const wide = await overflow(page);
      if (wide) problems.push(`${at}: ${wide}`);
      if (!who) continue;
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations) {
        problems.push(`${at}: axe ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    }
  } finally {
    await Promise.all([...contexts.values()].map((c) => c.close()));
  }
  return problems;
}

/** Signed in, the sign-in page sends one on, an invitation is for someone else, and the
 * cached routes are the readers' copies of public pages. */
const ONLY_SIGNED_OUT = new Set(
  PAGE_ROUTES.map((r) => r.pattern).filter(
    (p) => p === "sign-in" || p === "invite/[token]" || p.startsWith("cached/"),
  ),
);

/** One page per visitor, made (and signed in) when first needed. */
async function pageAs(
  browser: Browser,
  contexts: Map<Role, BrowserContext>,
  who: Role | null | undefined,
  width: number,
) {
  const key = who ?? ("ANONYMOUS" as Role);
  let context = contexts.get(key);
  if (!context) {
    context = await browser.newContext({ viewport: { width, height: HEIGHT } });
    if (who) await signInContext(context, await createUser(who));
    contexts.set(key, context);
  }
  return context.pages()[0] ?? (await context.newPage());
}

test.describe("every page", () => {
  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(180_000);
    values = await makeRecords(playwright, baseURL);
  });

  for (const width of WIDTHS) {
    test(`fits ${width} px signed out, if public`, async ({ browser }) => {
      test.setTimeout(600_000);
      expect(await sweep(browser, width, false)).toEqual([]);
    });

    test(`fits ${width} px signed in, as the least role that may open it, without axe violations`, async ({
      browser,
    }) => {
      test.setTimeout(900_000);
      expect(await sweep(browser, width, true)).toEqual([]);
    });
  }
});

test.describe("the member menu on a phone", () => {
  test.use({ viewport: { width: 390, height: HEIGHT }, hasTouch: true });
  test.describe.configure({ timeout: 120_000 });

  test("opens with Enter, closes with Escape, and marks the current page", async ({
    page,
    context,
  }) => {
    await signInContext(context, await createUser("ANALYST"));
    await page.goto("/dashboard");
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = nav.getByRole("button", { name: "Menu", exact: true });
    await memberHeaderReady(page, 390);
    // The wide row of links is not shown (nor read out) on a phone.
    await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    await menu.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Menu" });
    await expect(dialog).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(dialog.getByRole("link", { name: "Dashboard" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(dialog.getByRole("link", { name: "Intake" })).not.toHaveAttribute(
      "aria-current",
      /.*/,
    );
    await expect(dialog.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
    // One way to the member's own things, as on a laptop.
    await expect(dialog.getByRole("link", { name: "Account" })).toHaveAttribute("href", "/account");
    await expect(dialog.getByRole("link", { name: "Settings" })).toHaveCount(0);
    await expect(dialog).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("link", { name: "Dashboard" })).toBeFocused();

    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });

  test("opens with a tap, and a tapped link goes there and closes it", async ({
    page,
    context,
  }) => {
    await signInContext(context, await createUser("EDITOR"));
    await page.goto("/dashboard");
    const menu = page.getByRole("button", { name: "Menu", exact: true });
    await memberHeaderReady(page, 390);
    await menu.tap();
    const dialog = page.getByRole("dialog", { name: "Menu" });
    await dialog.getByRole("link", { name: "Review queue" }).tap();
    await expect(page).toHaveURL(/\/review$/, { timeout: 30_000 });
    await expect(dialog).toHaveCount(0);

    await menu.tap();
    await expect(dialog.getByRole("link", { name: "Review queue" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    // A tap outside closes it.
    await page.touchscreen.tap(20, HEIGHT - 40);
    await expect(dialog).toHaveCount(0);
  });
});

test("a laptop shows the member links in the header, the current one marked", async ({
  page,
  context,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: HEIGHT });
  await signInContext(context, await createUser("VIEWER"));
  await page.goto("/claims/team");
  await memberHeaderReady(page, 1280);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Team claims" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(nav.getByRole("link", { name: "Dashboard" })).not.toHaveAttribute(
    "aria-current",
    /.*/,
  );
  await expect(nav.getByRole("button", { name: "Menu", exact: true })).toBeHidden();
  // One entry for the member's own things (settings, tokens, sessions): the "Account" link.
  // It used to sit beside a "Settings" link and an "Account" disclosure of its own.
  await expect(nav.getByText("Account", { exact: true })).toHaveCount(1);
  await expect(nav.getByRole("link", { name: "Account" })).toHaveAttribute("href", "/account");
  await expect(nav.getByText("Settings", { exact: true })).toHaveCount(0);
  await nav.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeVisible();
});
