import { expect, type Page } from "@playwright/test";

/** Picks the claimant in the claim form's picker by typing part of the name. */
export async function chooseClaimant(page: Page, name: string): Promise<void> {
  const box = page.getByRole("combobox", { name: /^Claimant/ });
  await box.fill(name);
  const option = page.getByRole("option", {
    name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  });
  await option.first().click();
  await expect(box).toHaveValue(name);
}

/** The id the claim form will submit as its claimant. */
export function chosenClaimantId(page: Page) {
  return page.locator('input[type="hidden"][name="claimantId"]');
}
