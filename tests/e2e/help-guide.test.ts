import AxeBuilder from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserMode } from '../../electron/browser-mode/server';
import { distDir, freshDataDir, launchBrowser } from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('Help, the user guide in the app', () => {
  it('opens with using the app, and a contents link takes the focus to its section, brought into view', async () => {
    const mode = await startBrowserMode({ dataDir: freshDataDir(), distDir });
    cleanups.push(() => mode.close());
    const browser = await launchBrowser();
    cleanups.push(browser.close);
    const { page } = browser;
    page.setDefaultTimeout(10_000);
    await page.goto(mode.url);
    await page.getByRole('navigation', { name: 'Stillpoint' }).getByRole('button', { name: 'Help' }).click();
    const guide = page.getByRole('article', { name: 'Stillpoint user guide' });
    await guide.waitFor();

    // After the contents: the keys, then a session step by step. Setting up comes last.
    const sections = (await guide.getByRole('heading', { level: 2 }).allTextContents()).filter((text) => text !== 'Contents');
    expect(sections.slice(0, 2)).toEqual(['Keys at a glance', 'A session, step by step']);
    expect(sections.at(-1)).toBe('Install and open Stillpoint');

    const contents = page.getByRole('navigation', { name: 'Contents' });
    const link = contents.getByRole('link', { name: 'Backups, restore, export and encryption' });
    await link.focus();
    await page.keyboard.press('Enter');
    const heading = guide.getByRole('heading', { level: 2, name: 'Backups, restore, export and encryption' });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    // In view, near the top of the window.
    await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(100);
    expect(await heading.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    // The address is left alone: the token's tab keeps its address as it was.
    expect(new URL(page.url()).hash).toBe('');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
