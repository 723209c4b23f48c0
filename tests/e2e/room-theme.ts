import type { Page } from 'playwright-core';

/**
 * Presses the room's D key until the wanted theme is drawn, one step at a time: each press waits for
 * the setting to be saved and then for the room to be drawn in it ("system" draws as the computer is set).
 */
export async function showTheme(page: Page, wanted: string): Promise<void> {
  for (let step = 0; step < 5; step += 1) {
    if (await page.locator(`.room--theme-${wanted}`).count()) return;
    const saved = page.waitForResponse((response) => response.url().includes('/api/invoke/settings.update'));
    await page.keyboard.press('d');
    const { value } = (await (await saved).json()) as { value: { theme: string } };
    const drawn =
      value.theme === 'system'
        ? await page.evaluate(() => (matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark'))
        : value.theme;
    await page.locator(`.room--theme-${drawn}`).waitFor();
  }
  throw new Error(`the room never showed the ${wanted} theme`);
}
