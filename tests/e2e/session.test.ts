import { afterEach, describe, expect, it } from 'vitest';
import { freshDataDir, launchBrowser, startServe, timerSeconds, type ServeProcess } from './harness';
import { finishWithKeys, startWithSpace } from './waits';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(dir: string): Promise<ServeProcess> {
  const server = await startServe(dir);
  cleanups.push(() => server.kill());
  return server;
}

async function browser() {
  const opened = await launchBrowser();
  cleanups.push(opened.close);
  return opened.page;
}

describe('a whole session in the browser', () => {
  it('runs through every phase with the keyboard alone, then finishes', async () => {
    const server = await serve(freshDataDir());
    const page = await browser();
    await page.goto(server.url);
    await startWithSpace(page);
    const timer = page.getByRole('timer');
    const phases = ['Arrival & intake', 'Consultation & assessment', 'Warm-up', 'Targeted work', 'Integration', 'Wrap-up & aftercare'];
    const lengths = [5, 5, 10, 28, 7, 5];
    for (const [index, name] of phases.entries()) {
      if (index > 0) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
      await expect.poll(async () => timer.getAttribute('aria-label')).toBe(`Time left in ${name}`);
      // Real time runs on while a busy machine answers: the phase has started from its own length, give or take that.
      const seconds = timerSeconds((await timer.textContent()) ?? '');
      expect(seconds).toBeLessThanOrEqual(lengths[index]! * 60);
      expect(seconds).toBeGreaterThan(lengths[index]! * 60 - 30);
      await expect.poll(() => page.getByRole('listitem').filter({ hasText: name }).getAttribute('aria-current')).toBe('step');
    }

    await page.keyboard.press('Space');
    await expect.poll(() => page.getByText('Paused').isVisible()).toBe(true);
    // Read from across the room, beside the digits, not a small pill in a corner.
    expect(await page.getByText('Paused').evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(40);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByText('Paused').isVisible()).toBe(false);

    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Integration');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Wrap-up & aftercare');

    await page.keyboard.press('f');
    const dialog = page.getByRole('alertdialog', { name: 'Finish the session?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('timer').isVisible()).toBe(true);

    await finishWithKeys(page);
  });

  it('after the process is killed mid-session, a restart shows the same phase and time left', async () => {
    const dir = freshDataDir();
    const first = await startServe(dir);
    const page = await browser();
    await page.goto(first.url);
    await startWithSpace(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Warm-up');
    const shown = async (): Promise<number> => timerSeconds((await page.getByRole('timer').textContent()) ?? '');
    await expect.poll(shown).toBeLessThan(600);
    // Read just after the digits tick, so the reading is as fresh as the clock beside it.
    const ticked = await shown();
    await expect.poll(shown).not.toBe(ticked);
    const before = { seconds: await shown(), at: Date.now() };

    await first.kill('SIGKILL');
    const second = await serve(dir);
    await page.goto(second.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Warm-up');
    // The digits repaint each second: wait for them to agree with the clock to within a second.
    await expect.poll(async () => Math.abs((await shown()) - (before.seconds - (Date.now() - before.at) / 1000))).toBeLessThanOrEqual(1);
  });
});
