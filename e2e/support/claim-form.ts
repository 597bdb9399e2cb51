import { expect, type Page } from "@playwright/test";
import { choose } from "./pickers";

/** Picks the claimant in the claim form's picker by typing part of the name. */
export async function chooseClaimant(page: Page, name: string): Promise<void> {
  await choose(page, "Claimant", name);
  await expect(page.getByRole("combobox", { name: /^Claimant/ })).toHaveValue(name);
}

/** The id the claim form will submit as its claimant. */
export function chosenClaimantId(page: Page) {
  return page.locator('input[type="hidden"][name="claimantId"]');
}
