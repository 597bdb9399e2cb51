import { expect, type Locator, type Page } from "@playwright/test";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Chooses a record in a RecordPicker (components/pickers/record-picker.tsx) as a user does:
 * types `typed` into the combobox labelled `label`, then clicks the option whose name starts
 * with `option` (default: what was typed).
 */
export async function choose(
  scope: Page | Locator,
  label: string,
  typed: string,
  option: string = typed,
): Promise<void> {
  const box = pickerBox(scope, label);
  await shownOption(box, typed, option).then((found) => found.click());
}

/** The combobox of the picker labelled `label`. */
export function pickerBox(scope: Page | Locator, label: string): Locator {
  return scope.getByRole("combobox", { name: new RegExp(`^${escape(label)}`) });
}

/**
 * Types `typed` into a picker's box and gives its option named `option`, once listed. The
 * list is a non-modal popover that closes when the page scrolls (as React Aria's do), and
 * the browser may scroll to a field being focused; as a user would, ArrowDown opens it again.
 */
export async function shownOption(box: Locator, typed: string, option: string = typed) {
  await box.scrollIntoViewIfNeeded();
  await box.fill(typed);
  const found = box
    .page()
    .getByRole("option", { name: new RegExp(`^${escape(option)}`) })
    .first();
  await expect(async () => {
    if (!(await found.isVisible())) await box.press("ArrowDown");
    await expect(found).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  return found;
}

/** The chosen records of a multiple RecordPicker, as its tags. */
export function chosenTag(scope: Page | Locator, label: string, name: string): Locator {
  return scope
    .getByRole("grid", { name: `Chosen: ${label}` })
    .getByRole("row", { name: new RegExp(`^${escape(name)}`) });
}

/**
 * Chooses a record in a multiple picker and checks that it was taken as a tag. The list
 * stays open for more choices (and hides the rest of the page from assistive technology
 * meanwhile), so Escape closes it first, as a user done choosing would.
 */
export async function chooseTag(scope: Page | Locator, label: string, name: string) {
  await choose(scope, label, name);
  await pickerBox(scope, label).press("Escape");
  await expect(chosenTag(scope, label, name)).toBeVisible();
}
