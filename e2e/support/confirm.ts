import { expect, type Page } from "@playwright/test";

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
