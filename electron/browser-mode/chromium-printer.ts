import type { Browser } from 'playwright-core';
import type { PdfPrinter } from '../services/handout-printer';

/** Flags for Debian's Chromium here (TOOLCHAIN.md): headless, no sandbox, nothing phoning home. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ChromiumPrinterOptions {
  executablePath?: string;
}

/**
 * Browser mode's printer: the handout HTML through headless Chromium's PDF
 * printer. Chromium starts on the first handout and is reused; each handout
 * gets a fresh offline context with JavaScript switched off.
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): Required<PdfPrinter> {
  let browser: Promise<Browser> | null = null;

  function launch(): Promise<Browser> {
    browser ??= import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({
          executablePath: options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          headless: true,
          args: chromiumArgs,
        }),
      )
      .then((launched) => {
        launched.on('disconnected', () => {
          browser = null;
        });
        return launched;
      })
      .catch((error: unknown) => {
        browser = null;
        throw new Error(`Chromium could not start to make the PDF: ${(error as Error).message}`);
      });
    return browser;
  }

  return {
    async toPdf(html, { paper }) {
      const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        // Belt and braces: the handout's own CSP already forbids loading anything.
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({ format: paper === 'a4' ? 'A4' : 'Letter', preferCSSPageSize: true, printBackground: true });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
