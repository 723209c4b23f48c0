import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../electron/services/canonical-json';
import { defaultPlan60 } from '../../shared/plans/defaults';
import { invokeOverHttp } from '../helpers/contract-http';
import { launchBrowser, skipWelcome, startServe } from './harness';

/** Script-like text a client's name, a note or a file name could carry; each must show as plain text. */
const payloads = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '</textarea><iframe src="//evil.example">',
  '<b>bold</b> &amp; &lt;',
];

interface Screen {
  name: string;
  /** Puts the payloads into the data before browser mode starts, or through the contract once it runs. */
  seed(dataDir: string): void;
  seedOverContract?(serverUrl: string): Promise<void>;
  open(page: Page): Promise<void>;
  /** Text that must appear literally. */
  shows: string[];
}

function importArchive(files: Record<string, unknown>) {
  return { format: 'stillpoint-archive', version: 1, createdAt: Date.now(), reason: 'export', appVersion: 'test', files, checksum: createHash('sha256').update(canonicalJson(files)).digest('hex') };
}

/** Every screen that shows stored text. Add a line here when a feature adds one. */
const screens: Screen[] = [
  {
    name: 'room screen: a running session’s plan and phase names',
    seed: () => undefined,
    async seedOverContract(serverUrl) {
      const now = Date.now();
      const plan = {
        ...structuredClone(defaultPlan60),
        name: payloads[0]!,
        phases: defaultPlan60.phases.map((phase, index) => ({ ...phase, name: payloads[index % payloads.length]! + (index >= payloads.length ? ' 2' : '') })),
      };
      const session = { id: 's-markup', plan, createdAt: now, events: [{ type: 'start', at: now }] };
      const answer = await invokeOverHttp(serverUrl, 'data.import', {
        archive: importArchive({
          'current-session.json': { schemaVersion: 1, record: { currentSessionId: 's-markup' } },
          'sessions/s-markup.json': { schemaVersion: 1, record: session },
        }),
      });
      expect(answer.ok, JSON.stringify(answer.error)).toBe(true);
    },
    open: async (page) => void (await page.getByRole('timer').waitFor()),
    shows: [payloads[0]!, payloads[1]!],
  },
  {
    name: 'data alerts: a damaged record whose file name is markup',
    seed(dataDir) {
      writeFileSync(path.join(dataDir, `${payloads[1]!.replace(/\//g, '')}.json`), payloads[0]!);
    },
    open: async (page) => void (await page.getByRole('alert').first().waitFor()),
    shows: [payloads[1]!.replace(/\//g, '')],
  },
];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('markup in stored text renders inert on every screen', () => {
  for (const screen of screens) {
    it(screen.name, async () => {
      const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'stillpoint-markup-')), 'data');
      mkdirSync(dataDir);
      skipWelcome(dataDir);
      screen.seed(dataDir);
      const server = await startServe(dataDir);
      cleanups.push(() => server.kill());
      await screen.seedOverContract?.(server.url);
      const opened = await launchBrowser();
      cleanups.push(opened.close);
      const page = opened.page;
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(server.url);
      await screen.open(page);
      for (const text of screen.shows) await expect.poll(() => page.locator('body').innerText()).toContain(text);
      const injected = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        inlineScripts: document.querySelectorAll('script:not([src])').length,
        frames: document.querySelectorAll('iframe, object, embed, img[src="x"], svg[onload]').length,
        handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
        bold: [...document.querySelectorAll('b')].filter((element) => element.textContent === 'bold').length,
      }));
      expect(injected).toEqual({ pwned: undefined, inlineScripts: 0, frames: 0, handlers: 0, bold: 0 });
      expect(dialogs).toEqual([]);
    });
  }
});
