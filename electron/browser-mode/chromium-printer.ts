import type { Browser, Page } from 'playwright-core';
import type { PdfPrinter } from '../services/handout-printer';
import { refused } from '../../shared/contract/errors';
import { chromiumArgs, chromiumExecutable } from './chromium';

export interface ChromiumPrinterOptions {
  executablePath?: string;
}

interface Printing {
  browser: Browser;
  page: Page;
}

/**
 * Browser mode's printer: the handout HTML through headless Chromium's PDF
 * printer. Chromium starts when `prepare` asks (browser mode does as it
 * starts) or at the first handout, and is reused, with one
 * offline, script-free page that handouts take turns on (a fresh context per
 * handout costs more than the PDF itself).
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): Required<PdfPrinter> {
  let printing: Promise<Printing> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function start(): Promise<Printing> {
    printing ??= (async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: options.executablePath ?? chromiumExecutable(),
        headless: true,
        args: chromiumArgs(),
      });
      browser.on('disconnected', () => {
        printing = null;
      });
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      return { browser, page: await context.newPage() };
    })().catch((error: unknown) => {
      printing = null;
      // Playwright's message carries its call name and a launch log; the therapist needs the cause's first line.
      const cause = ((error as Error).message.split('\n')[0] ?? '').replace(/^[\w.]+: /, '');
      throw refused(`Chromium could not start to make the PDF (${cause}). Check that Chromium is installed, then save again.`);
    });
    return printing;
  }

  async function print(html: string, paper: 'a4' | 'letter'): Promise<Uint8Array> {
    const { page } = await start();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: paper === 'a4' ? 'A4' : 'Letter', preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  }

  return {
    prepare() {
      // A failed launch clears `printing`, so the save that follows tries again and says why in its own answer.
      start().catch(() => undefined);
    },
    toPdf(html, { paper }) {
      const job = queue.then(() => print(html, paper));
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      const running = printing;
      printing = null;
      if (running) await (await running.catch(() => null))?.browser.close();
    },
  };
}
