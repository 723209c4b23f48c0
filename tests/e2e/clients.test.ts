import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { artifactsDir, launchBrowser, startServe, freshDataDir } from './harness';
import { startSessionFor } from './flows';
import { finishWithKeys } from './waits';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a client from first visit to history, in the browser', () => {
  it('screens, logs feedback by keys alone, signs, remembers pressure next visit and charts the history', async () => {
    const dataDir = freshDataDir();
    const server = await startServe(dataDir);
    cleanups.push(() => server.kill());
    const browser = await launchBrowser({ width: 1366, height: 900 });
    cleanups.push(browser.close);
    const page = browser.page;
    await page.goto(server.url);

    // Create the client; a bad date of birth is explained beside the field.
    await page.getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('button', { name: 'New client' }).click();
    const form = page.getByRole('form', { name: 'New client' });
    await form.getByLabel('Name').fill('Ana <b>Ruiz</b>');
    await form.getByLabel('Preferred pressure (1-10)').selectOption('6');
    await form.getByLabel('Goals').fill('less lower back pain');
    await form.getByRole('button', { name: 'Create client' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Ana <b>Ruiz</b>' }).isVisible()).toBe(true);

    // Start a session for her.
    await startSessionFor(page, 'Ana <b>Ruiz</b>', 'ana');

    // Intake with a contraindication: a skin infection, avoid the calves.
    await page.getByRole('button', { name: 'Intake and screening' }).click();
    const intake = page.getByRole('dialog', { name: 'Intake and health screen' });
    await intake.getByLabel('Open wound or skin infection').check();
    await intake.getByLabel('Note on open wound or skin infection').fill('graze on the left calf');
    await intake.getByLabel('Pain now (0-10)').fill('12');
    await intake.getByRole('button', { name: 'Save intake' }).click();
    // One field wrong: its plain words sit beside it, once, and it takes the focus.
    await expect.poll(() => intake.getByText('Pain is at most 10.', { exact: true }).count()).toBe(1);
    await intake.getByLabel('Pain now (0-10)').fill('6');
    await intake.getByRole('group', { name: 'Where it hurts' }).getByLabel('Lower back').check();
    await intake.getByLabel('Goals for today').fill('sit through a film');
    await intake.getByLabel('Allergies').fill('Nut oils');
    await intake.getByLabel('Medications').fill('Warfarin');
    await intake.getByRole('button', { name: 'Save intake' }).click();
    await expect.poll(() => intake.isVisible()).toBe(false);

    // On to warm-up: the flag holds hands-on work until acknowledged.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Warm-up');
    await expect.poll(() => page.getByRole('heading', { name: /acknowledge before hands-on work/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('The screening flags need to be acknowledged before hands-on work.').isVisible()).toBe(true);
    await page.getByLabel('Decision note').fill('calves left out');
    await page.getByRole('button', { name: 'Acknowledge flags' }).click();
    await expect.poll(() => page.getByText(/Decision: Proceed, avoiding the flagged areas/).isVisible()).toBe(true);

    // Keys only: pick region and technique once, then one key per entry.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('r'); // upper back → lower back
    await page.keyboard.press('t'); // effleurage → petrissage
    await page.keyboard.press('5');
    await expect.poll(() => page.locator('.pressure__current').textContent()).toBe('Lower back · Petrissage (kneading) · pressure 5');
    for (const key of ['m', 'm', 'j', 'j', 'l', 'j']) await page.keyboard.press(key);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+R'); // lower back → upper back → shoulders → neck
    await page.keyboard.press('4');
    for (const key of ['l', 'l', 's', 'j']) await page.keyboard.press(key);
    const log = page.getByRole('list', { name: 'Pressure log' });
    await expect.poll(() => log.getByRole('listitem').count()).toBe(8);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Logged:' }).textContent()).toMatch(/Neck, 2, just right/);

    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'room-pressure-log.png'), fullPage: true });

    // Correct the latest entry: recorded as a correction, the original kept.
    await log.getByRole('listitem').first().getByRole('button', { name: /^Correct entry/ }).click();
    await page.getByRole('form', { name: /Correct entry/ }).getByLabel('Pressure').fill('4');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => log.getByRole('listitem').first().textContent()).toMatch(/Neck, Petrissage \(kneading\), 4, just right \(corrected\)/);
    // Room keys go to the room only once the correction form has closed and let go of the focus.
    await expect.poll(() => page.getByRole('form', { name: /Correct entry/ }).count()).toBe(0);

    // Finish and sign.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Wrap-up & aftercare');
    await finishWithKeys(page);
    // The record lists every entry the room took in, the correction marked as such.
    const entries = page.getByRole('table', { name: 'Every pressure entry' });
    await expect.poll(() => entries.getByRole('row').count()).toBe(11);
    expect(await entries.getByRole('columnheader').first().textContent()).toBe('Into the session');
    expect(await entries.getByRole('row').last().textContent()).toMatch(/Warm-upNeckPetrissage \(kneading\)4just rightcorrected \(was 2\)$/);

    // The drafted assessment follows pain after; once edited, a change of pain is offered, never dropped.
    await page.getByLabel('Pain after (0-10)').fill('3');
    await expect.poll(() => page.getByLabel('Assessment').inputValue()).toContain('Pain 6/10 before, 3/10 after (down 3).');
    await expect.poll(() => page.getByLabel('Objective').inputValue()).toContain('Lower back: 6, just right');
    const assessment = page.getByLabel('Assessment');
    await assessment.fill(`${await assessment.inputValue()} Lower back freer.`);
    await page.getByLabel('Pain after (0-10)').fill('2');
    await page.getByRole('button', { name: 'Add pain after to the Assessment' }).click();
    await expect.poll(() => assessment.inputValue()).toContain('Pain 6/10 before, 2/10 after (down 4).');
    // The button went with its notice; the Assessment it changed has the focus.
    await expect.poll(() => assessment.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await assessment.inputValue()).toContain('Lower back freer.');
    await page.getByLabel('Your name (signature)').fill('Mia Chen');
    await page.getByRole('button', { name: 'Sign record' }).click();
    await expect.poll(() => page.getByText(/Signed by Mia Chen/).isVisible()).toBe(true);

    const [first] = readSessions(path.join(dataDir, 'sessions'));
    expect(first?.pressure.entries).toHaveLength(10);
    expect(first?.pressure.corrections).toHaveLength(1);
    expect(first?.record.signature.by).toBe('Mia Chen');

    // Second visit: the room remembers the pressure.
    await page.getByLabel('Client (optional)').fill('ruiz');
    await page.getByRole('option', { name: 'Ana <b>Ruiz</b>' }).click();
    await page.getByRole('button', { name: /Start session/ }).click();
    const memory = page.getByRole('region', { name: 'Pressure last time' });
    await expect.poll(() => memory.isVisible()).toBe(true);
    await expect.poll(() => memory.textContent()).toContain('Lower back: 6, just right');
    await expect.poll(() => memory.textContent()).toContain('Neck: 4, just right');

    // No intake today: last visit's flag shows before hands-on work and holds the log until confirmed.
    const carried = page.getByRole('region', { name: /Last visit’s screening flags: screen again or confirm unchanged/ });
    await expect.poll(() => carried.isVisible()).toBe(true);
    expect(await carried.textContent()).toContain('Open wound or skin infection');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByText('The screening flags need to be acknowledged before hands-on work.').isVisible()).toBe(true);
    // What she takes and reacts to stays in view beside her name, taken or not today.
    expect(await page.getByText('Allergies: Nut oils', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('Medications: Warfarin', { exact: true }).isVisible()).toBe(true);
    await carried.getByRole('button', { name: 'Confirm unchanged and acknowledge' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Pressure feedback' }).isVisible()).toBe(true);
    expect(await page.getByText('Allergies: Nut oils', { exact: true }).isVisible()).toBe(true);

    // History: the pain chart and the signed record.
    await page.getByRole('button', { name: 'Clients' }).click();
    await page.getByLabel('Find a client').fill('ana');
    await page.getByRole('list', { name: 'Clients found' }).getByRole('button', { name: 'Ana <b>Ruiz</b>' }).click();
    await page.getByRole('tab', { name: 'History' }).click();
    const chart = page.getByRole('img', { name: /Pain before and after each visit/ });
    await expect.poll(() => chart.isVisible()).toBe(true);
    expect(await chart.getAttribute('aria-label')).toMatch(/pain 6\/10 before, 2\/10 after/);
    await page.getByRole('button', { name: 'Open record' }).first().click();
    await expect.poll(() => page.getByText(/Signed by Mia Chen/).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, 'client-history.png'), fullPage: true });
  });
});

/** Every session file's record, oldest first. */
function readSessions(folder: string): { createdAt: number; pressure: { entries: unknown[]; corrections: unknown[] }; record: { signature: { by: string } } }[] {
  return readdirSync(folder)
    .map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')).record)
    .sort((a, b) => a.createdAt - b.createdAt);
}
