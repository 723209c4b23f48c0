import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invokeOverHttp } from '../helpers/contract-http';
import { freshDataDir, launchBrowser, startServe, type ServeProcess } from './harness';

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

describe('keeping data safe, in the browser', () => {
  it('tells the therapist a damaged record was set aside and restores it from the offered backup', async () => {
    const dir = freshDataDir();
    const first = await startServe(dir);
    const started = await invokeOverHttp(first.url, 'session.start', { planId: 'default-60' });
    await invokeOverHttp(first.url, 'data.backup.now', {});
    await first.kill();
    writeFileSync(path.join(dir, 'sessions', `${started.value.id}.json`), '{"schemaVersion":1,"record":{"id":');

    const server = await serve(dir);
    const page = await browser();
    await page.goto(server.url);
    const alert = page.getByRole('alert').filter({ hasText: 'was damaged and set aside' });
    // Named as the therapist knows it (from the backup's good copy), never by its file.
    await expect.poll(() => alert.textContent()).toMatch(/^The session record of .+ was damaged and set aside/);
    expect(await alert.textContent()).not.toContain(started.value.id);
    await expect.poll(() => alert.textContent()).toMatch(/Restore it from the backup of/);
    await alert.getByRole('button', { name: /^Restore the session record of / }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^The session record of .+ was restored\./);
    // The room picks the restored session up again.
    await expect.poll(() => page.getByRole('timer').isVisible()).toBe(true);
  });

  it('backs up, restores after confirmation with a verification result, exports and imports into an empty install', async () => {
    const server = await serve(freshDataDir());
    await invokeOverHttp(server.url, 'session.start', { planId: 'default-60' });
    const page = await browser();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Data' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Backed up at/);
    await expect.poll(() => page.getByRole('list', { name: 'Backups' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(1);

    await page.getByRole('button', { name: 'Check' }).first().click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/is sound: \d+ records checked/);

    await page.getByRole('button', { name: 'Restore…' }).first().click();
    const dialog = page.getByRole('alertdialog', { name: /Restore the backup of/ });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Restored \d+ records .* matches the backup/);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export everything' }).click();
    const file = await (await download).path();
    const archive = JSON.parse(readFileSync(file, 'utf8'));
    expect(archive.format).toBe('stillpoint-archive');

    const empty = await serve(freshDataDir());
    const other = await browser();
    await other.goto(empty.url);
    await other.getByRole('button', { name: 'Data' }).click();
    await other.getByLabel('Import an export into this (empty) Stillpoint').setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: readFileSync(file),
    });
    await expect.poll(() => other.getByRole('status').first().textContent()).toMatch(/Imported \d+ records/);
    const exportedAgain = await invokeOverHttp(empty.url, 'data.export', {});
    expect(exportedAgain.value.files).toEqual(archive.files);
  });
});
