import type { Page } from 'playwright-core';

/**
 * Presses the room's D key until the wanted theme is drawn, one step at a time:
 * each press waits for the setting to be saved ("system" may draw the same theme as before).
 */
export async function showTheme(page: Page, wanted: string): Promise<void> {
  for (let step = 0; step < 5; step += 1) {
    if (await page.locator(`.room--theme-${wanted}`).count()) return;
    const saved = page.waitForResponse((response) => response.url().includes('/api/invoke/settings.update'));
    await page.keyboard.press('d');
    await saved;
    // Drawn after the answer arrives.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  throw new Error(`the room never showed the ${wanted} theme`);
}
