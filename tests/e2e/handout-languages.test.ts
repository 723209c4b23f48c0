import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { stretchesForRegions, stretchWords } from '../../shared/handout/content/stretches';
import { PAGE_MARGIN_MM } from '../../shared/handout/render-html';
import { languageChoiceLabel, languages, type Language } from '../../shared/i18n/languages';
import { catalogs } from '../../shared/i18n/translate';
import { blankBelowContent, pageSizePt, pdfInfo, pdfText, squash } from '../helpers/handout';
import { startSessionFor } from './flows';
import { artifactsDir, freshDataDir, launchBrowser, startServe } from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const client = 'Lucía Fernández';
const worked = ['neck', 'lower-back'] as const;

/** Every heading an English handout can print, which a handout in another language must not. */
const englishHeadings = [
  catalogs.en.handout.today.heading,
  catalogs.en.handout.expect.heading,
  catalogs.en.handout.care.headingDeep,
  catalogs.en.handout.care.headingLight,
  catalogs.en.handout.doctor.heading,
  catalogs.en.handout.doctor.beforeNextHeading,
  catalogs.en.handout.stretches.heading,
  catalogs.en.handout.followUp.heading,
  catalogs.en.handout.note.heading,
];

async function savePdf(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as PDF' }).click()]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'stillpoint-pdf-')), name);
  await download.saveAs(file);
  return file;
}

/**
 * No page but the last is more than 40 % blank below its content. In large print a stretch card
 * takes about a third of a page and the closing box takes the last card along, so a page there may end
 * up to half blank.
 */
function expectPagesFilled(file: string, mostBlank = 0.4): number[] {
  const blank = blankBelowContent(file, PAGE_MARGIN_MM);
  expect(blank.length).toBe(Number(pdfInfo(file).Pages));
  for (const [index, share] of blank.slice(0, -1).entries()) expect(share, `page ${index + 1} of ${file}`).toBeLessThanOrEqual(mostBlank);
  return blank;
}

describe('a handout in the client’s language', () => {
  // Several PDFs printed by Chromium: 20 s on a busy machine, so more than the default minute is allowed.
  it('is written in Spanish for a client who reads Spanish, on A4 and Letter, and in each language when the therapist chooses', { timeout: 120_000 }, async () => {
    const dataDir = freshDataDir();
    const server = await startServe(dataDir);
    cleanups.push(() => server.kill());
    const opened = await launchBrowser({ width: 1366, height: 900 });
    cleanups.push(opened.close);
    const { page } = opened;
    await page.goto(server.url);

    // The client record says she reads Spanish.
    await page.getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('button', { name: 'New client' }).click();
    const form = page.getByRole('form', { name: 'New client' });
    await form.getByLabel('Name').fill(client);
    await form.getByLabel('Language for handouts').selectOption('es');
    await form.getByRole('button', { name: 'Create client' }).click();
    await expect.poll(() => page.getByRole('heading', { name: client }).isVisible()).toBe(true);

    await startSessionFor(page, client, 'luc');
    await page.getByRole('button', { name: /^Finish/ }).click();
    await page.getByRole('alertdialog', { name: 'Finish the session?' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText(/Session finished at/).isVisible()).toBe(true);

    // Wrap-up: the handout starts in her language.
    await page.getByRole('button', { name: 'Handout', exact: true }).click();
    const language = page.getByRole('combobox', { name: 'Handout language' });
    await expect.poll(() => language.inputValue()).toBe('es');
    await expect.poll(() => language.locator('option:checked').textContent()).toBe(`${languageChoiceLabel('es')} (the client's language)`);
    await page.getByLabel('Session date').fill('2026-11-22');
    const areas = page.getByRole('group', { name: 'Areas worked' });
    await areas.getByLabel('Neck', { exact: true }).check();
    await areas.getByLabel('Lower back', { exact: true }).check();
    await page.getByRole('group', { name: 'Neck', exact: true }).getByLabel('Trigger point').check();
    await page.getByLabel('Pain before (0-10)').fill('6');
    await page.getByLabel('Pain after (0-10)').fill('2');
    await page.getByLabel('Pregnancy').check();
    await page.getByLabel(/^Chronic/).check();
    await page.getByLabel('Next appointment').fill('2026-12-01T14:30');
    await page.getByRole('button', { name: 'Write the handout' }).click();

    const preview = page.getByRole('region', { name: 'Handout preview' });
    await expect.poll(() => preview.getByRole('heading', { level: 1 }).textContent()).toBe(`Cuidados después del masaje para ${client}`);

    const stretches = stretchesForRegions([...worked], 4);
    const pages: Record<string, number> = {};
    mkdirSync(artifactsDir, { recursive: true });
    for (const paper of ['a4', 'letter'] as const) {
      await page.getByLabel(paper === 'a4' ? 'A4' : 'US Letter').check();
      const file = await savePdf(page, `es-${paper}.pdf`);
      const size = pageSizePt(file);
      expect(size.width).toBeCloseTo(paper === 'a4' ? 595.3 : 612, 0);
      const text = squash(pdfText(file));
      for (const heading of englishHeadings) expect(text).not.toContain(heading);
      for (const heading of [catalogs.es.handout.today.heading, catalogs.es.handout.doctor.heading, catalogs.es.handout.stretches.heading]) {
        expect(text).toContain(heading);
      }
      for (const stretch of stretches) {
        expect(text).toContain(stretchWords(stretch.id, 'es')?.name);
        expect(text).not.toContain(stretch.name);
      }
      expect(text).toContain('domingo, 22 de noviembre de 2026');
      expect(text).toContain('martes, 1 de diciembre de 2026, a las 14:30.');
      expect(text).toContain(catalogs.es.handout.doctor.cautions.pregnancy);
      expect(text).not.toMatch(/Sunday|November|Tuesday/);
      expectPagesFilled(file);
      pages[`es ${paper}`] = Number(pdfInfo(file).Pages);
      spawnSync('pdftoppm', ['-png', '-r', '50', file, path.join(artifactsDir, `handout-es-${paper}`)]);
    }

    // Large print keeps the doctor section whole and the pages filled.
    await page.getByLabel('Large print').check();
    const large = await savePdf(page, 'es-letter-large.pdf');
    expectPagesFilled(large, 0.5);
    const doctorPages = [...Array(Number(pdfInfo(large).Pages)).keys()].filter((index) => {
      const pageText = spawnSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), large, '-'], { encoding: 'utf8' }).stdout;
      return catalogs.es.handout.doctor.signs.some((sign) => squash(pageText).includes(sign.slice(0, 30)));
    });
    expect(doctorPages).toHaveLength(1);
    pages['es letter large print'] = Number(pdfInfo(large).Pages);
    await page.getByLabel('Large print').uncheck();

    // The therapist may write this one handout in another language.
    for (const other of languages.filter((each): each is Exclude<Language, 'es'> => each !== 'es')) {
      await page.getByRole('button', { name: 'Back to the details' }).click();
      await language.selectOption(other);
      await page.getByRole('button', { name: 'Write the handout' }).click();
      await expect.poll(() => preview.getByRole('heading', { level: 2 }).first().textContent()).toBe(catalogs[other].handout.today.heading);
      await expect.poll(() => page.getByText(`Written in ${languageChoiceLabel(other)}.`).isVisible()).toBe(true);
      for (const paper of ['a4', 'letter'] as const) {
        await page.getByLabel(paper === 'a4' ? 'A4' : 'US Letter').check();
        const file = await savePdf(page, `${other}-${paper}.pdf`);
        const text = squash(pdfText(file));
        expect(text).toContain(catalogs[other].handout.doctor.heading);
        expect(text).toContain(stretchWords(stretches[0]!.id, other)?.name);
        expectPagesFilled(file);
        pages[`${other} ${paper}`] = Number(pdfInfo(file).Pages);
        spawnSync('pdftoppm', ['-png', '-r', '50', file, path.join(artifactsDir, `handout-${other}-${paper}`)]);
      }
    }
    writeFileSync(path.join(artifactsDir, 'handout-page-counts.json'), `${JSON.stringify(pages, null, 2)}\n`);
  });

  it("prints the clinic's own texts in the handout's language where written, and says which are not", async () => {
    const server = await startServe(freshDataDir());
    cleanups.push(() => server.kill());
    const opened = await launchBrowser({ width: 1366, height: 900 });
    cleanups.push(opened.close);
    const { page } = opened;
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Handout', exact: true }).click();
    await page.getByRole('tab', { name: 'Clinic, templates and stretches' }).click();

    const clinic = page.getByRole('form', { name: 'Clinic details' });
    await clinic.getByLabel('Clinic name', { exact: true }).fill('Casa Calma');
    await clinic.getByLabel('Contact (address, phone, email)', { exact: true }).fill('Call us on 555 0100');
    const versions = clinic.getByRole('combobox', { name: 'Language of the header text' });
    await expect.poll(() => versions.locator('option[value="es"]').textContent()).toBe('Spanish (Español): not written yet, English prints');
    await versions.selectOption('es');
    await clinic.getByLabel('Contact (address, phone, email) (Spanish)').fill('Llámenos al 555 0100');
    await clinic.getByRole('button', { name: 'Save clinic details' }).click();
    await expect.poll(() => clinic.getByText('Clinic details saved.').isVisible()).toBe(true);
    await expect.poll(() => versions.locator('option[value="es"]').textContent()).toBe('Spanish (Español): written');

    // The therapist's own stretch, with a Spanish version.
    const own = page.getByRole('form', { name: 'Add your own stretch' });
    await own.getByLabel('Name', { exact: true }).fill('Desk neck glide');
    await own.getByRole('group', { name: 'Regions it helps' }).getByLabel('Neck').check();
    await own.getByLabel('Steps, one per line').fill('Sit tall at your desk.\nGlide your head straight back.');
    await own.getByRole('button', { name: 'Add stretch to the library' }).click();
    const ownVersions = page.getByRole('form', { name: 'Languages of Desk neck glide' });
    await ownVersions.getByRole('combobox', { name: 'Language of Desk neck glide' }).selectOption('es');
    await ownVersions.getByLabel('Name (Spanish)').fill('Deslizar el cuello en el escritorio');
    await ownVersions.getByLabel('Steps, one per line (Spanish)').fill('Siéntese recto ante su mesa.\nLleve la cabeza recta hacia atrás.');
    await ownVersions.getByRole('button', { name: 'Save the Spanish version' }).click();
    await expect.poll(() => ownVersions.getByText('Saved the Spanish version.').isVisible()).toBe(true);

    // A template whose opening line has a Spanish version.
    const template = page.getByRole('form', { name: 'Template' });
    await template.getByLabel('Template name').fill('Welcome');
    await template.getByLabel('Opening lines, one per line').fill('Thank you for coming in today.');
    await template.getByRole('combobox', { name: "Language of the template's lines" }).selectOption('es');
    await template.getByLabel('Opening lines, one per line (Spanish)').fill('Gracias por venir hoy.');
    await template.getByRole('button', { name: 'Save as a new template' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Templates' }).textContent()).toContain('Welcome');

    await page.getByRole('tab', { name: 'Write a handout' }).click();
    await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Welcome' });
    await page.getByLabel('Client name').fill(client);
    await page.getByRole('group', { name: 'Areas worked' }).getByLabel('Neck', { exact: true }).check();
    const language = page.getByRole('combobox', { name: 'Handout language' });
    await language.selectOption('fr');
    await page.getByRole('button', { name: 'Write the handout' }).click();
    await expect
      .poll(() => page.getByText(/^Written in French/).textContent())
      .toBe(
        'Written in French (Français). Not yet written in French, so printed in English: the clinic name, the clinic contact, ' +
          'the opening lines of "Welcome", the stretch "Desk neck glide". Add a French version under Clinic, templates and stretches.',
      );

    await page.getByRole('button', { name: 'Back to the details' }).click();
    await language.selectOption('es');
    await page.getByRole('button', { name: 'Write the handout' }).click();
    await expect.poll(() => page.getByText(/^Written in Spanish/).textContent()).toContain('printed in English: the clinic name.');
    const text = squash(pdfText(await savePdf(page, 'es-clinic.pdf')));
    expect(text).toContain('Llámenos al 555 0100');
    expect(text).toContain('Gracias por venir hoy.');
    expect(text).toContain('Deslizar el cuello en el escritorio');
    expect(text).toContain('Lleve la cabeza recta hacia atrás.');
    expect(text).not.toMatch(/Call us on|Thank you for coming|Desk neck glide/);
  });
});
