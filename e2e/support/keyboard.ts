import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has the focus (fails after 80 presses), as a keyboard user moves. */
export async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}
