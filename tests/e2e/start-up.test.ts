import { afterEach, describe, expect, it } from 'vitest';
import { freshDataDir, launchBrowser, startServe, type ServeProcess } from './harness';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const each of opened.splice(0).reverse()) await each.close();
});

describe('opening the room', () => {
  it('is ready at once: one question for the first screen data, every script and style allowed, nothing broken', async () => {
    const serve: ServeProcess = await startServe(freshDataDir());
    opened.push({ close: () => serve.kill() });
    const browser = await launchBrowser();
    opened.push(browser);
    const { page } = browser;
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`${request.url()} failed`));
    const asked: string[] = [];
    page.on('request', (request) => {
      const channel = request.url().match(/\/api\/invoke\/([\w.]+)$/)?.[1];
      if (channel) asked.push(channel);
    });

    await page.goto(serve.url);
    const start = page.getByRole('button', { name: /Start session/ });
    await expect.poll(() => start.isEnabled()).toBe(true);
    expect(await page.getByRole('group', { name: 'Session plan' }).getByRole('radio').count()).toBeGreaterThan(0);

    // The plans, the settings, the session and the data's health all came in the one answer.
    expect(asked.filter((channel) => channel !== 'clients.search')).toEqual(['app.start']);
    // The room's look comes from its stylesheets: a style blocked by the page's security policy would show here.
    expect(await start.evaluate((button) => getComputedStyle(button).cursor)).not.toBe('auto');
    expect(problems).toEqual([]);
  });
});
