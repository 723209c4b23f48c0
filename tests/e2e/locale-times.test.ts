import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumExecutable } from '../../electron/browser-mode/chromium';
import { freshDataDir, startServe } from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** What the room shows beside "Ends at", on a computer set to this locale. */
async function endsAtIn(locale: string): Promise<string> {
  const server = await startServe(freshDataDir());
  cleanups.push(() => server.kill());
  const profile = mkdtempSync(path.join(tmpdir(), 'stillpoint-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    headless: true,
    locale,
    viewport: { width: 1366, height: 768 },
    args: chromiumArgs(),
  });
  cleanups.push(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.getByRole('button', { name: /Start session/ }).click();
  const ends = page.locator('.room__facts div', { hasText: 'Ends at' }).locator('dd');
  await ends.waitFor();
  return (await ends.textContent()) ?? '';
}

describe('the room’s clock times follow the computer’s locale', () => {
  it('uses a 24-hour clock where the locale does', async () => {
    expect(await endsAtIn('en-GB')).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  });

  it('uses am and pm where the locale does, without a leading zero', async () => {
    expect(await endsAtIn('en-US')).toMatch(/^([1-9]|1[0-2]):[0-5]\d\s(AM|PM)$/);
  });
});
