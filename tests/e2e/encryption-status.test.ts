import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invokeOverHttp } from '../helpers/contract-http';
import { freshDataDir, launchBrowser, startServe } from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function dataScreen(dir: string) {
  const server = await startServe(dir);
  cleanups.push(() => server.kill());
  const opened = await launchBrowser();
  cleanups.push(opened.close);
  await opened.page.goto(server.url);
  await opened.page.getByRole('button', { name: 'Data' }).click();
  return { page: opened.page, server };
}

describe('the Data screen says exactly what is encrypted', () => {
  it('without a keychain it says records and backups are stored unencrypted, never that backups are encrypted', async () => {
    const { page } = await dataScreen(freshDataDir());
    const section = page.getByRole('region', { name: 'Encryption at rest' });
    await expect.poll(() => section.textContent()).toContain('Records are stored unencrypted');
    expect(await section.textContent()).not.toMatch(/Backups stay encrypted/);
    expect(await page.getByRole('checkbox', { name: 'Encrypt client and session records on this computer' }).isDisabled()).toBe(true);
  });

  it('with the setting on and no key, it says locked and a new client is refused with the keychain message', async () => {
    const dir = freshDataDir();
    writeFileSync(path.join(dir, 'encryption.json'), JSON.stringify({ schemaVersion: 1, record: { enabled: true } }));
    const { page, server } = await dataScreen(dir);
    const section = page.getByRole('region', { name: 'Encryption at rest' });
    await expect.poll(() => section.getByRole('alert').textContent()).toMatch(/encrypted and locked/);
    const refused = await invokeOverHttp(server.url, 'clients.create', {
      fields: { name: 'Ana Lopez', contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: '', preferredPressure: null },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringMatching(/keychain is locked/) } });
  });
});
