import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { invokeOverHttp } from '../helpers/contract-http';
import { freshDataDir, launchBrowser, startServe } from './harness';

/** From any screen: picks the client on the start panel by typing, starts the session, and waits for the room to name them. */
export async function startSessionFor(page: Page, clientName: string, search: string): Promise<void> {
  await page.getByRole('button', { name: 'Room' }).click();
  await page.getByLabel('Client (optional)').fill(search);
  await page.getByRole('option', { name: clientName }).click();
  await page.getByRole('button', { name: /Start session/ }).click();
  await expect.poll(() => page.getByText(`Client: ${clientName}`).isVisible()).toBe(true);
}

/**
 * A fresh browser-mode Stillpoint with one client, Ana Ruiz, and the room running her new session.
 * What it starts is added to `cleanups`, to be undone after the test.
 */
export async function roomWithAna(cleanups: (() => Promise<void>)[]): Promise<Page> {
  const server = await startServe(freshDataDir());
  cleanups.push(() => server.kill());
  const browser = await launchBrowser({ width: 1366, height: 900 });
  cleanups.push(browser.close);
  await invokeOverHttp(server.url, 'clients.create', {
    fields: { name: 'Ana Ruiz', contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: '', preferredPressure: null },
  });
  await browser.page.goto(server.url);
  await startSessionFor(browser.page, 'Ana Ruiz', 'ana');
  return browser.page;
}
