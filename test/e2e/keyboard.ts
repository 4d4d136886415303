import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` (or one of the elements it matches) has focus, as a keyboard user would; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 250) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluateAll((els) => els.some((el) => el === document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${String(target)} with Tab`);
}

/**
 * Focuses the radio group of `radio` with Tab (which lands on its checked radio, or its first), then moves with
 * arrow keys until `radio` is checked.
 */
export async function chooseRadio(page: Page, radio: Locator) {
  const name = await radio.getAttribute('name');
  const group = radio.page().locator(`input[type=radio][name="${name}"]`);
  await tabTo(page, group);
  if (!(await group.evaluateAll((radios) => radios.some((r) => (r as HTMLInputElement).checked)))) await page.keyboard.press('Space');
  for (let i = 0; i < 10 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(radio).toBeChecked();
}

/** Ticks a checkbox with the keyboard. */
export async function tick(page: Page, checkbox: Locator) {
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
}

/** Picks the option with `value` in a native select using arrow keys. */
export async function chooseOption(page: Page, select: Locator, value: string) {
  await tabTo(page, select);
  const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const current = values.indexOf(await select.inputValue());
  const target = values.indexOf(value);
  for (let i = current; i < target; i++) await page.keyboard.press('ArrowDown');
  for (let i = current; i > target; i--) await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue(value);
}

/** Types into a text field reached with Tab. */
export async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Presses Enter on a button reached with Tab. */
export async function press(page: Page, button: Locator) {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}
