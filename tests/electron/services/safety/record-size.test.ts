import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { HandoutPrinter } from '../../../../electron/services/handout-printer';
import { MAX_RECORD_BYTES } from '../../../../electron/services/record-store';
import { createStorage } from '../../../../electron/services/storage';
import { composeHandout } from '../../../../shared/handout/compose';
import { defaultTemplate } from '../../../../shared/handout/template';
import { sampleSource } from '../../../helpers/handout';
import { layoutIn, safeBackend } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

/** A real PNG header and enough bytes to weigh what a clinic logo weighs. */
function pngLogo(fill: string): string {
  return `data:image/png;base64,${Buffer.from(`\x89PNG\r\n\x1a\n${fill.repeat(100 * 1024)}`, 'latin1').toString('base64')}`;
}

function recordingPrinter(): HandoutPrinter & { html: string[] } {
  const html: string[] = [];
  return { html, toPdf: async (page) => (html.push(page), new Uint8Array([37, 80, 68, 70])) };
}

describe('a record never grows past what can be read back', () => {
  it('refuses a write larger than the read limit, clearly, and keeps what was saved', () => {
    const layout = layoutIn(tempDir());
    const storage = createStorage(layout.dataDir, { quarantineDir: layout.quarantineDir });
    const file = storage.record('sessions', 's-1', z.strictObject({ note: z.string() }));
    file.write({ note: 'kept' });
    let refusal: unknown;
    try {
      file.write({ note: 'x'.repeat(MAX_RECORD_BYTES) });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'refused', message: expect.stringMatching(/not saved.*MB.*unchanged/) });
    expect(file.read()).toEqual({ note: 'kept' });
    expect(readdirSync(layout.dataDir)).not.toContain('quarantine');
  });
});

describe('the clinic logo is kept once, not in every handout copy', () => {
  it('stores the logo by its hash and reprints each handout with the logo of its time', async () => {
    const layout = layoutIn(tempDir());
    const printer = recordingPrinter();
    const { call } = safeBackend(layout, { printer });
    const session = await call('session.start', { planId: 'default-60' });
    const oldLogo = pngLogo('a');
    const document = { ...composeHandout(sampleSource(), defaultTemplate), logo: oldLogo };
    for (let n = 0; n < 3; n += 1) await call('handout.pdf', { sessionId: session.id, document, paper: 'a4', largePrint: false });

    const sessionFile = path.join(layout.dataDir, 'sessions', `${session.id}.json`);
    expect(readFileSync(sessionFile, 'utf8')).not.toContain(oldLogo.slice(30, 200));
    const hash = createHash('sha256').update(oldLogo).digest('hex');
    expect(readdirSync(path.join(layout.dataDir, 'logos'))).toEqual([`${hash}.json`]);

    // The clinic changes its logo; a reprint of an earlier handout still shows the old one.
    await call('handout.pdf', { sessionId: session.id, document: { ...document, logo: pngLogo('b') }, paper: 'a4', largePrint: false });
    const given = await call('handout.given', { sessionId: session.id });
    expect(given).toHaveLength(4);
    expect(given[0].document.logo).toBe(`logo:${hash}`);
    await call('handout.pdf', { document: given[0].document, paper: 'a4', largePrint: false });
    expect(printer.html.at(-1)).toContain(oldLogo);
    expect(readFileSync(sessionFile, 'utf8')).not.toContain(oldLogo.slice(30, 200));
  });
});
