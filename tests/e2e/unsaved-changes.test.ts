import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { careBackend, someClient } from '../helpers/backend';
import { ManualClock } from '../helpers/manual-clock';
import { MIN, T0 } from '../helpers/sessions';
import { freshDataDir, launchBrowser, startServe } from './harness';
import { focusReaches } from './waits';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Ana Ruiz with two finished sessions a week apart, and Ben Osei with none, written before the app starts. */
async function twoClients(dataDir: string): Promise<void> {
  const clock = new ManualClock(T0);
  const api = careBackend(dataDir, clock);
  const ana = await api.call('clients.create', { fields: someClient });
  await api.call('clients.create', { fields: { ...someClient, name: 'Ben Osei', contact: '' } });
  for (let visit = 0; visit < 2; visit += 1) {
    const session = await api.call('session.start', { planId: 'default-60', clientId: ana.id });
    clock.advance(90 * MIN);
    await api.call('session.command', { sessionId: session.id, command: { type: 'finish' } });
    clock.advance(7 * 24 * 60 * MIN);
  }
  api.backend.close();
}

async function openApp(): Promise<Page> {
  const dataDir = freshDataDir();
  await twoClients(dataDir);
  const server = await startServe(dataDir);
  cleanups.push(() => server.kill());
  const browser = await launchBrowser({ width: 1366, height: 900 });
  cleanups.push(browser.close);
  await browser.page.goto(server.url);
  await browser.page.getByRole('button', { name: 'Clients' }).click();
  return browser.page;
}

describe('typing that is not saved is never lost without a word', () => {
  it('asks before another client replaces the details being edited, and keeps them unless told to discard', async () => {
    const page = await openApp();
    const found = page.getByRole('list', { name: 'Clients found' });
    await found.getByRole('button', { name: 'Ana Ruiz' }).click();
    const ana = page.getByRole('form', { name: 'Edit Ana Ruiz' });
    await ana.getByLabel('Goals').fill('sleep through the night');

    // The history tab and back: the typing is still there.
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    expect(await ana.getByLabel('Goals').inputValue()).toBe('sleep through the night');

    await found.getByRole('button', { name: 'Ben Osei' }).click();
    const question = page.getByRole('alertdialog', { name: 'You have changes to Ana Ruiz that are not saved.' });
    await focusReaches(question.getByRole('button', { name: 'Keep editing' }));
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    expect(await ana.getByLabel('Goals').inputValue()).toBe('sleep through the night');

    await page.getByRole('button', { name: 'New client' }).click();
    await question.getByRole('button', { name: 'Keep editing' }).click();
    expect(await ana.getByLabel('Goals').inputValue()).toBe('sleep through the night');

    await found.getByRole('button', { name: 'Ben Osei' }).click();
    await question.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('form', { name: 'Edit Ben Osei' }).waitFor();
    expect(await question.count()).toBe(0);
  });

  it('asks before another screen replaces the details being edited, and goes once told to discard', async () => {
    const page = await openApp();
    await page.getByRole('list', { name: 'Clients found' }).getByRole('button', { name: 'Ana Ruiz' }).click();
    const ana = page.getByRole('form', { name: 'Edit Ana Ruiz' });
    await ana.getByLabel('Goals').fill('sleep through the night');

    await page.getByRole('navigation', { name: 'Stillpoint' }).getByRole('button', { name: 'Plans' }).click();
    const question = page.getByRole('alertdialog', { name: 'You have changes to Ana Ruiz that are not saved.' });
    await focusReaches(question.getByRole('button', { name: 'Keep editing' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => question.count()).toBe(0);
    expect(await ana.getByLabel('Goals').inputValue()).toBe('sleep through the night');

    await page.getByRole('navigation', { name: 'Stillpoint' }).getByRole('button', { name: 'Room' }).click();
    await question.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('button', { name: /Start session/ }).waitFor();
    expect(await question.count()).toBe(0);

    // Saved, the details go without a question.
    await page.getByRole('navigation', { name: 'Stillpoint' }).getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('list', { name: 'Clients found' }).getByRole('button', { name: 'Ana Ruiz' }).click();
    expect(await page.getByRole('form', { name: 'Edit Ana Ruiz' }).getByLabel('Goals').inputValue()).not.toBe('sleep through the night');
    await page.getByRole('navigation', { name: 'Stillpoint' }).getByRole('button', { name: 'Room' }).click();
    await page.getByRole('button', { name: /Start session/ }).waitFor();
  });

  it('asks before another session replaces the handout details being written', async () => {
    const page = await openApp();
    await page.getByRole('list', { name: 'Clients found' }).getByRole('button', { name: 'Ana Ruiz' }).click();
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('list', { name: 'Sessions' }).getByRole('button', { name: 'Write a handout' }).last().click();
    const picker = page.getByLabel('Session of Ana Ruiz');
    const first = await picker.inputValue();
    const details = page.getByRole('form', { name: 'Handout details' });
    await details.getByLabel('A note for the client').fill('Drink water this evening.');

    // The set-up tab and back: the typing is still there.
    await page.getByRole('tab', { name: 'Clinic, templates and stretches' }).click();
    await page.getByRole('tab', { name: 'Write a handout' }).click();
    expect(await details.getByLabel('A note for the client').inputValue()).toBe('Drink water this evening.');

    await picker.selectOption({ index: 1 });
    const question = page.getByRole('alertdialog', { name: 'You have changes to the handout for Ana Ruiz that are not saved.' });
    await focusReaches(question.getByRole('button', { name: 'Keep editing' }));
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    expect(await picker.inputValue()).toBe(first);
    expect(await details.getByLabel('A note for the client').inputValue()).toBe('Drink water this evening.');

    await picker.selectOption({ index: 1 });
    await question.getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => picker.inputValue()).not.toBe(first);
    await expect.poll(() => details.getByLabel('A note for the client').inputValue()).toBe('');
  });
});
