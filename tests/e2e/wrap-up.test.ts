import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { stretchesForRegions } from '../../shared/handout/content/stretches';
import { launchBrowser, startServe, freshDataDir } from './harness';
import { startSessionFor } from './flows';
import { pdfText, squash } from '../helpers/handout';
import { finishWithKeys } from './waits';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const saved = path.join(mkdtempSync(path.join(tmpdir(), 'stillpoint-pdf-')), name);
  await file.saveAs(saved);
  return saved;
}

describe('from the room to the aftercare handout', () => {
  it('writes the handout from what the room recorded, without retyping, and reprints it from the history', async () => {
    const dataDir = freshDataDir();
    const server = await startServe(dataDir);
    cleanups.push(() => server.kill());
    const browser = await launchBrowser({ width: 1366, height: 900 });
    cleanups.push(browser.close);
    const page = browser.page;
    await page.goto(server.url);

    await page.getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('button', { name: 'New client' }).click();
    const form = page.getByRole('form', { name: 'New client' });
    await form.getByLabel('Name').fill('Ana Ruiz');
    await form.getByRole('button', { name: 'Create client' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Ana Ruiz' }).isVisible()).toBe(true);

    await startSessionFor(page, 'Ana Ruiz', 'ana');

    // Intake: one condition to avoid (suggested "modify"), pain 6 before.
    await page.getByRole('button', { name: 'Intake and screening' }).click();
    const intake = page.getByRole('dialog', { name: 'Intake and health screen' });
    await intake.getByLabel('Open wound or skin infection').check();
    await intake.getByLabel('Pain now (0-10)').fill('6');
    await intake.getByRole('button', { name: 'Save intake' }).click();
    await expect.poll(() => intake.isVisible()).toBe(false);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Warm-up');
    await page.getByRole('button', { name: 'Acknowledge flags' }).click();
    await expect.poll(() => page.getByText(/Decision: Proceed, avoiding the flagged areas/).isVisible()).toBe(true);

    // Pressure by keys: lower back with kneading, then the neck; the last neck entry corrected to 4.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('r');
    await page.keyboard.press('t');
    await page.keyboard.press('5');
    for (const key of ['m', 'm', 'j', 'j', 'l', 'j']) await page.keyboard.press(key);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+R');
    await page.keyboard.press('4');
    for (const key of ['l', 'l', 's', 'j']) await page.keyboard.press(key);
    const log = page.getByRole('list', { name: 'Pressure log' });
    // Ten entries logged; the panel lists the latest eight.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Logged:' }).textContent()).toMatch(/Neck, 2, just right/);
    await expect.poll(() => log.getByRole('listitem').count()).toBe(8);
    await log.getByRole('listitem').first().getByRole('button', { name: 'Correct' }).click();
    await page.getByRole('form', { name: /Correct entry/ }).getByLabel('Pressure').fill('4');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => log.getByRole('listitem').first().textContent()).toMatch(/4, just right \(corrected\)/);
    // Room keys go to the room only once the correction form has closed and let go of the focus.
    await expect.poll(() => page.getByRole('form', { name: /Correct entry/ }).count()).toBe(0);

    // Finish and sign; the record stays right there beside the handout button.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Wrap-up & aftercare');
    await finishWithKeys(page);
    await page.getByLabel('Pain after (0-10)').fill('3');
    await page.getByLabel('Your name (signature)').fill('Mia Chen');
    await page.getByRole('button', { name: 'Sign record' }).click();
    await expect.poll(() => page.getByText(/Signed by Mia Chen/).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Write the aftercare handout' }).click();
    const details = page.getByRole('form', { name: 'Handout details' });
    await expect.poll(() => details.getByLabel('Client name').inputValue()).toBe('Ana Ruiz');
    const areas = page.getByRole('group', { name: 'Areas worked' });
    expect(await areas.getByLabel('Lower back', { exact: true }).isChecked()).toBe(true);
    expect(await areas.getByLabel('Neck', { exact: true }).isChecked()).toBe(true);
    expect(await areas.getByLabel('Calves', { exact: true }).isChecked()).toBe(false);
    const neck = page.getByRole('group', { name: 'Neck', exact: true });
    expect(await neck.getByRole('combobox', { name: 'Pressure' }).inputValue()).toBe('4');
    expect(await neck.getByLabel('Petrissage (kneading)').isChecked()).toBe(true);
    expect(await details.getByLabel('Pain before (0-10)').inputValue()).toBe('6');
    expect(await details.getByLabel('Pain after (0-10)').inputValue()).toBe('3');
    expect(await details.getByLabel('Open wound or skin infection').isChecked()).toBe(true);
    expect(await details.getByLabel('Pregnancy').isChecked()).toBe(false);

    // The therapist still has the last word: a note of their own.
    await details.getByLabel('A note for the client').fill('Keep the graze covered.');
    await details.getByRole('button', { name: 'Write the handout' }).click();
    const pdf = await download(page, () => page.getByRole('button', { name: 'Save as PDF' }).click(), 'ana.pdf');
    const text = squash(pdfText(pdf));
    expect(text).toContain('Aftercare for Ana Ruiz');
    expect(text).toContain('Today we worked on your neck and lower back');
    expect(text).toContain('Neck: Kneading, light (4 of 10) pressure; you said the pressure felt just right.');
    expect(text).toContain('Lower back: Kneading, medium (6 of 10) pressure; you said the pressure felt just right.');
    expect(text).toContain('You rated your pain 6 out of 10 before the session and 3 out of 10 after it.');
    for (const stretch of stretchesForRegions(['neck', 'lower-back'], 4)) expect(text).toContain(stretch.name);
    expect(text).toContain('When to call a doctor');
    expect(text).toContain('You mentioned an open wound or a skin infection.');
    expect(text).toContain('Keep the graze covered.');

    // Later, from the client's history: the same sheet reprints exactly.
    await page.getByRole('button', { name: 'Clients' }).click();
    await page.getByLabel('Find a client').fill('ana');
    await page.getByRole('list', { name: 'Clients found' }).getByRole('button', { name: 'Ana Ruiz' }).click();
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('button', { name: 'Handouts given: 1, reprint or write' }).click();
    await expect.poll(() => page.getByLabel('Session of Ana Ruiz').isVisible()).toBe(true);
    const given = page.getByRole('region', { name: 'Given in this session' });
    const reprinted = await download(page, () => given.getByRole('button', { name: 'Reprint' }).click(), 'reprint.pdf');
    expect(squash(pdfText(reprinted))).toBe(text);
  });
});
