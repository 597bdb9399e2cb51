import type { Page } from "@playwright/test";

/**
 * Holds back the page's scripts until the returned function is called, as a slow phone on a
 * slow network would: the server's HTML is there and can be typed into, nothing is live yet.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
