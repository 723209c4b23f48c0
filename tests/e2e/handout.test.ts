import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { stretchesForRegions } from '../../shared/handout/content/stretches';
import { artifactsDir, launchBrowser, startServe } from './harness';
import { medianWordHeight, pageSizePt, pdfInfo, pdfText, squash } from '../helpers/handout';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const injected = '<img src=x onerror=alert(1)>';

async function savePdf(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as PDF' }).click()]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'stillpoint-pdf-')), name);
  await download.saveAs(file);
  return file;
}

describe('an aftercare handout after a session', () => {
  it('is written from the wrap-up, previewed, saved as PDF and noted in the session record', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'stillpoint-e2e-'));
    const server = await startServe(dataDir);
    cleanups.push(() => server.kill());
    const opened = await launchBrowser();
    cleanups.push(opened.close);
    const { page } = opened;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.goto(server.url);
    await page.getByRole('button', { name: /Start session/ }).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('timer').waitFor();
    await page.keyboard.press('f');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText(/Session finished at/).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Handout' }).click();
    await page.getByLabel('Client name').fill(`Maria ${injected}`);
    const areas = page.getByRole('group', { name: 'Areas worked' });
    await areas.getByLabel('Neck', { exact: true }).check();
    await areas.getByLabel('Lower back', { exact: true }).check();
    const neck = page.getByRole('group', { name: 'Neck', exact: true });
    await neck.getByLabel('Trigger point work').check();
    await neck.getByRole('combobox', { name: 'Pressure' }).selectOption('4');
    await page.getByRole('group', { name: 'Lower back', exact: true }).getByLabel('Kneading').check();
    await page.getByLabel('Pain before (0-10)').fill('7');
    await page.getByLabel('Pain after (0-10)').fill('3');
    await page.getByLabel('Recent surgery').check();
    await page.getByLabel(/^Chronic/).check();
    await page.getByLabel('A note for the client').fill(`Walk a little every day. ${'Keep your desk chair low and your screen at eye height. '.repeat(4)}`);
    await page.getByRole('button', { name: 'Write the handout' }).click();

    const preview = page.getByRole('region', { name: 'Handout preview' });
    await expect.poll(() => preview.getByRole('heading', { level: 1 }).textContent()).toBe(`Aftercare for Maria ${injected}`);
    expect(await preview.locator('img[src="x"]').count()).toBe(0);

    const a4 = await savePdf(page, 'a4.pdf');
    const text = squash(pdfText(a4));
    expect(text).toContain(`Aftercare for Maria ${injected}`);
    expect(text).toContain('Neck: Trigger point work, firm pressure.');
    expect(text).toContain('Today we worked on your neck and lower back');
    for (const stretch of stretchesForRegions(['neck', 'lower-back'], 4)) expect(text).toContain(stretch.name);
    expect(text).toContain('When to call a doctor');
    expect(text).toContain('Numbness, tingling or weakness');
    expect(text).toContain('You mentioned recent surgery.');
    expect(text).toContain('Come about once a week to begin with.');
    const a4Size = pageSizePt(a4);
    expect(a4Size.width).toBeCloseTo(595.3, 0);
    expect(a4Size.height).toBeCloseTo(841.9, 0);
    expect(Number(pdfInfo(a4).Pages)).toBeLessThanOrEqual(2);
    mkdirSync(artifactsDir, { recursive: true });
    spawnSync('pdftoppm', ['-png', '-r', '70', a4, path.join(artifactsDir, 'handout-e2e-a4')]);
    await page.screenshot({ path: path.join(artifactsDir, 'handout-e2e-screen.png'), fullPage: false });

    await page.getByLabel('US Letter').check();
    await page.getByLabel('Large print').check();
    const letter = await savePdf(page, 'letter-large.pdf');
    const letterSize = pageSizePt(letter);
    expect(letterSize.width).toBeCloseTo(612, 0);
    expect(letterSize.height).toBeCloseTo(792, 0);
    expect(medianWordHeight(letter)).toBeGreaterThan(medianWordHeight(a4) * 1.3);
    spawnSync('pdftoppm', ['-png', '-r', '50', letter, path.join(artifactsDir, 'handout-e2e-letter-large')]);

    const sessionFile = readdirSync(path.join(dataDir, 'sessions'))[0] ?? '';
    const stored = JSON.parse(readFileSync(path.join(dataDir, 'sessions', sessionFile), 'utf8')) as {
      record: { handouts: { paper: string; largePrint: boolean; document: { clientName: string } }[] };
    };
    expect(stored.record.handouts.map((given) => [given.paper, given.largePrint, given.document.clientName])).toEqual([
      ['a4', false, `Maria ${injected}`],
      ['letter', true, `Maria ${injected}`],
    ]);

    const given = page.getByRole('region', { name: 'Given in this session' });
    await expect.poll(() => given.getByRole('listitem').count()).toBe(2);
    const [reprint] = await Promise.all([page.waitForEvent('download'), given.getByRole('button', { name: 'Reprint' }).first().click()]);
    const reprinted = path.join(mkdtempSync(path.join(tmpdir(), 'stillpoint-pdf-')), 'reprint.pdf');
    await reprint.saveAs(reprinted);
    expect(squash(pdfText(reprinted))).toBe(text);
    expect(dialogs).toEqual([]);
  });
});
