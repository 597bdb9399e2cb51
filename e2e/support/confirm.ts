import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Answers the confirmation an irreversible step asks (components/ui/confirm-submit.tsx):
 * checks the alert dialog says `says`, presses its `confirm` button, and waits for it to close.
 */
export async function confirmStep(page: Page, confirm: string, says?: string | RegExp) {
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  if (says) await expect(dialog).toContainText(says);
  await dialog.getByRole("button", { name: confirm, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

/**
 * Waits until React has hydrated `button` (its props are attached), so a click opens the
 * confirmation instead of submitting the form the no-JavaScript way.
 */
export async function whenHydrated(button: Locator): Promise<Locator> {
  await expect
    .poll(() => button.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps"))))
    .toBe(true);
  return button;
}
