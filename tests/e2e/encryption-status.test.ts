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

  it('greys the checkbox it cannot offer, keeps its words readable, and says why beside it', async () => {
    const { page } = await dataScreen(freshDataDir());
    const section = page.getByRole('region', { name: 'Encryption at rest' });
    const box = section.getByRole('checkbox', { name: 'Encrypt client and session records on this computer' });
    await expect.poll(() => box.isDisabled()).toBe(true);
    const look = await box.evaluate((input) => {
      const label = input.closest('label') as HTMLElement;
      const rgb = (css: string): number[] => css.match(/[\d.]+/g)?.slice(0, 3).map(Number) ?? [0, 0, 0];
      const luminance = (css: string): number => {
        const [r, g, b] = rgb(css).map((value) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      let back = 'rgb(255, 255, 255)';
      for (let node: HTMLElement | null = label; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)') {
          back = colour;
          break;
        }
      }
      const [light, dark] = [luminance(getComputedStyle(label).color), luminance(back)].sort((a, b) => b - a) as [number, number];
      return {
        boxOpacity: Number(getComputedStyle(input).opacity),
        labelColour: getComputedStyle(label).color,
        pageColour: getComputedStyle(document.body).color,
        contrast: (light + 0.05) / (dark + 0.05),
      };
    });
    expect(look.boxOpacity).toBeLessThan(0.7);
    expect(look.labelColour).not.toBe(look.pageColour);
    expect(look.contrast).toBeGreaterThanOrEqual(4.5);
    // The reason is said beside it, and read out with it.
    const reason = await box.evaluate((input) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(reason).toContain('Records are stored unencrypted');
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
