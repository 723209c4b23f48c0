import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { stretchesForRegions } from '../../shared/handout/content/stretches';
import { artifactsDir, launchBrowser, startServe, freshDataDir } from './harness';
import { medianWordHeight, pageSizePt, pdfInfo, pdfText, squash } from '../helpers/handout';
import { finishWithKeys, startWithSpace } from './waits';

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
    const dataDir = freshDataDir();
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
    await startWithSpace(page);
    await finishWithKeys(page);

    await page.getByRole('button', { name: 'Handout', exact: true }).click();
    await page.getByLabel('Client name').fill(`Maria ${injected}`);
    const areas = page.getByRole('group', { name: 'Areas worked' });
    await areas.getByLabel('Neck', { exact: true }).check();
    await areas.getByLabel('Lower back', { exact: true }).check();
    const neck = page.getByRole('group', { name: 'Neck', exact: true });
    await neck.getByLabel('Trigger point').check();
    await neck.getByRole('combobox', { name: 'Pressure' }).selectOption('7');
    await page.getByRole('group', { name: 'Lower back', exact: true }).getByLabel('Petrissage (kneading)').check();
    await page.getByLabel('Pain before (0-10)').fill('7');
    await page.getByLabel('Pain after (0-10)').fill('3');
    await page.getByLabel('Surgery in the recent past').check();
    await page.getByLabel(/^Chronic/).check();
    await page.getByLabel('A note for the client').fill(`Walk a little every day. ${'Keep your desk chair low and your screen at eye height. '.repeat(4)}`);
    await page.getByRole('button', { name: 'Write the handout' }).click();

    const preview = page.getByRole('region', { name: 'Handout preview' });
    await expect.poll(() => preview.getByRole('heading', { level: 1 }).textContent()).toBe(`Aftercare for Maria ${injected}`);
    expect(await preview.locator('img[src="x"]').count()).toBe(0);

    const a4 = await savePdf(page, 'a4.pdf');
    const text = squash(pdfText(a4));
    expect(text).toContain(`Aftercare for Maria ${injected}`);
    expect(text).toContain('Neck: Direct pressure on knots (trigger points), firm (7 of 10) pressure.');
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

  it('uses the clinic header, a saved template and the therapist\'s own stretch; edits touch only this handout', async () => {
    const dataDir = freshDataDir();
    const server = await startServe(dataDir);
    cleanups.push(() => server.kill());
    const opened = await launchBrowser();
    cleanups.push(opened.close);
    const { page } = opened;
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Handout' }).click();
    await page.getByRole('tab', { name: 'Clinic, templates and stretches' }).click();

    const clinic = page.getByRole('form', { name: 'Clinic details' });
    await clinic.getByLabel('Clinic name').fill('Stillwater Bodywork');
    await clinic.getByLabel('Contact (address, phone, email)').fill('12 Elm Street\n555 0100');
    await clinic.getByLabel('Therapist name').fill('Sam Lee');
    await clinic.getByLabel(/^Logo/).setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script><circle cx="5" cy="5" r="4" fill="teal"/></svg>') });
    await expect.poll(() => clinic.getByRole('img', { name: 'Current logo' }).isVisible()).toBe(true);
    await clinic.getByRole('button', { name: 'Save clinic details' }).click();
    await expect.poll(() => clinic.getByText('Clinic details saved.').isVisible()).toBe(true);

    const own = page.getByRole('form', { name: 'Add your own stretch' });
    await own.getByLabel('Name', { exact: true }).fill('Stair calf drop');
    await own.getByRole('group', { name: 'Regions it helps' }).getByLabel('Calves').check();
    await own.getByLabel('Steps, one per line').fill('Stand on a step holding the rail.\nLet one heel sink below the step.');
    await own.getByRole('combobox', { name: 'Drawing' }).selectOption('wall-calf');
    await own.getByRole('button', { name: 'Add stretch to the library' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Your own stretches' }).textContent()).toContain('Stair calf drop');

    const template = page.getByRole('form', { name: 'Template' });
    await template.getByLabel('Template name').fill('Calves only');
    await template.getByLabel('A note from your therapist').uncheck();
    await template.getByLabel('Opening lines, one per line').fill('Thank you for coming in today.');
    await template.getByLabel('Stretches to suggest').fill('6');
    await template.getByRole('button', { name: 'Save as a new template' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Templates' }).textContent()).toContain('Calves only');
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'handout-e2e-setup.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Write a handout' }).click();
    await page.getByLabel('Client name').fill('Ana');
    await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Calves only' });
    await page.getByRole('group', { name: 'Areas worked' }).getByLabel('Calves', { exact: true }).check();
    await page.getByLabel('A note for the client').fill('This note is left out by the template.');
    await page.getByRole('button', { name: 'Write the handout' }).click();

    const onSheet = page.getByRole('list', { name: 'Stretches on this handout' });
    await expect.poll(() => onSheet.textContent()).toContain('Stair calf drop');
    await page.getByRole('button', { name: 'Remove Wall calf stretch' }).click();
    const expectText = page.getByRole('group', { name: 'What to expect' }).getByLabel('Text');
    await expectText.fill('You may feel a little tender tomorrow.\n\n- Call us: 555 0100');

    const pdf = await savePdf(page, 'ana.pdf');
    spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, path.join(artifactsDir, 'handout-e2e-clinic')]);
    const text = squash(pdfText(pdf));
    expect(text).toContain('Stillwater Bodywork');
    expect(text).toContain('12 Elm Street · 555 0100');
    expect(text).toContain('Your therapist: Sam Lee');
    expect(text).toContain('Thank you for coming in today.');
    expect(text).toContain('Stair calf drop');
    expect(text).not.toContain('Wall calf stretch');
    expect(text).toContain('You may feel a little tender tomorrow. Call us: 555 0100');
    expect(text).not.toContain('This note is left out');
    expect(text).not.toContain('alert(1)');

    await page.getByRole('button', { name: 'Back to the details' }).click();
    await page.getByRole('button', { name: 'Write the handout' }).click();
    await expect.poll(() => onSheet.textContent()).toContain('Wall calf stretch');
    await expect.poll(() => page.getByRole('group', { name: 'What to expect' }).getByLabel('Text').inputValue()).toContain('Good sore');
  });
});
