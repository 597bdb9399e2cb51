// `npm run audit:pages`: the quality bar for public pages, on a production build with the
// demo data. Prints axe violations (target 0) for home, claims list, a claim page and an
// actor page, and Lighthouse 13 scores for home and a claim page (targets: performance ≥ 0.95,
// accessibility 1, best practices ≥ 0.95, SEO 1). Exits non-zero when a target is missed.
import { existsSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { startAppServer } from "./lib/app-server.ts";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const TARGETS = { performance: 0.95, accessibility: 1, "best-practices": 0.95, seo: 1 } as const;
const failures: string[] = [];

/** A failing audit's first few findings (the console message, the element, the URL) as text. */
function auditItems(details: unknown): string[] {
  if (typeof details !== "object" || details === null || !("items" in details)) return [];
  if (!Array.isArray(details.items)) return [];
  return details.items.slice(0, 3).map((item: unknown) => {
    if (typeof item !== "object" || item === null) return String(item);
    const fields = item as Record<string, unknown>;
    const node = fields.node as { snippet?: unknown } | undefined;
    const text = fields.description ?? fields.url ?? node?.snippet;
    return typeof text === "string" ? text.slice(0, 200) : JSON.stringify(item).slice(0, 200);
  });
}

const app = await startAppServer("audit");
try {
  const list = (await (await fetch(`${app.baseUrl}/api/v1/claims`)).json()) as {
    items: { id: string; claimant: { id: string } }[];
  };
  const claim = list.items[0];
  if (!claim) throw new Error("The demo data has no published claim");
  const pages = {
    home: "/",
    "claims list": "/claims",
    "claim page": `/claims/${claim.id}`,
    "actor page": `/actors/${claim.claimant.id}`,
  };

  const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
  const browser = await chromium.launch({ executablePath, args: CHROME_FLAGS.slice(1) });
  console.log("\naxe (WCAG 2.x A/AA and best practices)");
  for (const [name, path] of Object.entries(pages)) {
    // axe opens a page of its own in the same context to gather frame results, which
    // Playwright refuses on the implicit context of browser.newPage().
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${app.baseUrl}${path}`);
    if (!response?.ok()) failures.push(`${name} answered ${response?.status()}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    console.log(`  ${name.padEnd(12)} ${violations.length} violation(s)`);
    for (const v of violations) {
      console.log(`    - ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} element(s)`);
      for (const node of v.nodes.slice(0, 3)) console.log(`        ${node.target.join(" ")}`);
    }
    if (violations.length > 0) failures.push(`axe: ${violations.length} violation(s) on ${name}`);
    await context.close();
  }
  await browser.close();

  const chrome = await chromeLauncher.launch({
    chromePath: executablePath ?? chromium.executablePath(),
    chromeFlags: CHROME_FLAGS,
  });
  try {
    for (const [preset, config] of [
      ["mobile", undefined],
      ["desktop", desktopConfig],
    ] as const) {
      console.log(`\nLighthouse 13 (${preset} preset)`);
      for (const name of ["home", "claim page"] as const) {
        const result = await lighthouse(
          `${app.baseUrl}${pages[name]}`,
          {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: Object.keys(TARGETS),
          },
          config,
        );
        const categories = result?.lhr.categories ?? {};
        const scores = Object.keys(TARGETS).map((key) => {
          const score = categories[key]?.score ?? 0;
          const target = TARGETS[key as keyof typeof TARGETS];
          if (score < target)
            failures.push(`lighthouse ${preset} ${name}: ${key} ${score} < ${target}`);
          return `${key} ${score.toFixed(2)}`;
        });
        console.log(`  ${name.padEnd(12)} ${scores.join("  ")}`);
        for (const [key, category] of Object.entries(categories)) {
          for (const ref of category.auditRefs) {
            const audit = result?.lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              const value = audit.displayValue ? ` (${audit.displayValue})` : "";
              console.log(
                `      ${key}: ${audit.id} ${audit.score.toFixed(2)} — ${audit.title}${value}`,
              );
              for (const item of auditItems(audit.details)) console.log(`          ${item}`);
            }
          }
        }
      }
    }
  } finally {
    chrome.kill();
  }
} finally {
  await app.stop();
}

console.log(
  failures.length === 0 ? "\nAll targets met." : `\nTargets missed:\n  ${failures.join("\n  ")}`,
);
process.exit(failures.length === 0 ? 0 : 1);
