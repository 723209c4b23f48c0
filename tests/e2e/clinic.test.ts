import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultPlans } from '../../shared/plans/defaults';
import { parseConflictCopy } from '../../shared/sync/conflict-copies';
import { startSyncthingPair, type SyncthingPair } from '../helpers/syncthing';
import { skipWelcome } from '../helpers/welcome';
import { startSessionFor } from './flows';
import { artifactsDir, launchBrowser, startServe, type ServeProcess } from './harness';
import { finishWithKeys } from './waits';

interface Room {
  name: string;
  dataDir: string;
  server: ServeProcess;
  page: Page;
  close(): Promise<void>;
}

/** Milliseconds from a file's arrival in a room's folder to its appearance on that room's screen. */
const arrivals: { what: string; ms: number }[] = [];

/** Resolves with the moment `check` first holds, looking every 5 ms. */
async function momentWhen(check: () => boolean, timeoutMs = 60_000): Promise<number> {
  await vi.waitFor(() => expect(check(), 'a file to arrive').toBe(true), { timeout: timeoutMs, interval: 5 });
  return performance.now();
}

/** Times a record file's arrival against the screen showing it. */
async function timeArrival(what: string, arrived: () => boolean, shown: () => Promise<unknown>): Promise<void> {
  const [fileAt, screenAt] = await Promise.all([momentWhen(arrived), shown().then(() => performance.now())]);
  arrivals.push({ what, ms: Math.max(0, Math.round(screenAt - fileAt)) });
}

const recordFiles = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.json') && !parseConflictCopy(file)) : []);
const conflictCopies = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((file) => parseConflictCopy(file)) : []);

async function openClient(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Clients', exact: true }).click();
  await page.getByRole('list', { name: 'Clients found' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

async function openPlans(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Plans', exact: true }).click();
  await page.getByRole('heading', { name: 'Session plans' }).waitFor();
}

async function openHandoutSetup(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Handout', exact: true }).click();
  await page.getByRole('tab', { name: 'Clinic, templates and stretches' }).click();
  await page.getByRole('heading', { name: 'Handout templates' }).waitFor();
}

async function renamePlan(page: Page, from: string, to: string): Promise<void> {
  const form = page.getByRole('form', { name: `Edit ${from}` });
  await form.getByLabel('Plan name').fill(to);
  await form.getByRole('button', { name: 'Save plan' }).click();
  await page.getByText(`Saved “${to}”.`).waitFor();
}

async function saveClinicDetails(page: Page, label: string, value: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Clinic details' });
  await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save clinic details' }).click();
  await form.getByText('Clinic details saved.').waitFor();
}

const clinicField = (room: Room, label: string) => room.page.getByRole('form', { name: 'Clinic details' }).getByLabel(label, { exact: true });
const fileHolds = (file: string, text: string) => existsSync(file) && readFileSync(file, 'utf8').includes(text);

async function logPressureAndFinish(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Warm-up');
  // The panel answers keys once it shows the level chosen by one.
  await page.keyboard.press('5');
  await expect.poll(() => page.locator('.pressure__current').textContent()).toMatch(/pressure 5$/);
  await page.keyboard.press('j');
  await expect.poll(() => page.getByRole('list', { name: 'Pressure log' }).getByRole('listitem').count()).toBe(1);
  await finishWithKeys(page);
}

describe('a clinic: two rooms, two folders, kept in step by Syncthing', () => {
  let root: string;
  let pair: SyncthingPair;
  let a: Room;
  let b: Room;

  async function openRoom(name: string, dataDir: string): Promise<Room> {
    const server = await startServe(dataDir);
    const browser = await launchBrowser({ width: 1366, height: 900 });
    await browser.page.goto(server.url);
    const page = browser.page;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel(/This room’s name/).fill(name);
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText(`This room is now called ${name}.`).waitFor();
    return { name, dataDir, server, page, close: async () => (await browser.close(), await server.kill('SIGTERM')) };
  }

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'stillpoint-clinic-'));
    const dirs = ['a', 'b'].map((room) => path.join(root, room, 'data'));
    for (const dir of dirs) {
      mkdirSync(dir, { recursive: true });
      skipWelcome(dir);
    }
    pair = await startSyncthingPair(dirs[0]!, dirs[1]!);
    a = await openRoom('Room A', dirs[0]!);
    b = await openRoom('Room B', dirs[1]!);
    await pair.inStep();
  }, 180_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await pair?.stop();
    if (arrivals.length > 0) {
      mkdirSync(artifactsDir, { recursive: true });
      writeFileSync(path.join(artifactsDir, 'clinic-arrivals.json'), `${JSON.stringify(arrivals, null, 2)}\n`);
      console.log(`Clinic: file arrival to screen, ms: ${arrivals.map((each) => `${each.what} ${each.ms}`).join('; ')}`);
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('each room keeps its own state out of the synced folder', () => {
    for (const room of [a, b]) {
      const ignore = readFileSync(path.join(room.dataDir, '.stignore'), 'utf8');
      expect(ignore).toContain('/current-session.json');
      expect(ignore).toContain('/room-settings.json');
    }
  });

  it('a second Stillpoint on a room’s folder is refused with a clear message', async () => {
    await expect(startServe(a.dataDir)).rejects.toThrow(/Stillpoint is already open on the data folder/);
  });

  it('a client created in room A shows in room B’s list, live', async () => {
    await b.page.getByRole('button', { name: 'Clients', exact: true }).click();
    await b.page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();

    await a.page.getByRole('button', { name: 'Clients', exact: true }).click();
    await a.page.getByRole('button', { name: 'New client' }).click();
    const form = a.page.getByRole('form', { name: 'New client' });
    await form.getByLabel('Name').fill('Ana Ruiz');
    await form.getByLabel('Goals').fill('less lower back pain');
    await form.getByRole('button', { name: 'Create client' }).click();
    await a.page.getByText('Last changed: Room A', { exact: false }).waitFor();

    await timeArrival(
      'new client in the list',
      () => recordFiles(path.join(b.dataDir, 'clients')).length === 1,
      () => b.page.getByRole('list', { name: 'Clients found' }).getByRole('button', { name: 'Ana Ruiz' }).waitFor({ timeout: 60_000 }),
    );
    await openClient(b.page, 'Ana Ruiz');
    await expect.poll(() => b.page.getByText(/Last changed: Room A/).isVisible()).toBe(true);
  }, 90_000);

  it('both rooms run sessions at once; the one finished in A appears in B’s history with its pressure log', async () => {
    await startSessionFor(a.page, 'Ana Ruiz', 'ana');
    await startSessionFor(b.page, 'Ana Ruiz', 'ana');
    // B, its own session running, looks at Ana's history while A works.
    await openClient(b.page, 'Ana Ruiz');
    await b.page.getByRole('tab', { name: 'History' }).click();
    const fromA = b.page.getByRole('listitem').filter({ hasText: 'in Room A' });
    await fromA.waitFor();

    await logPressureAndFinish(a.page);
    await timeArrival(
      'finished session in the history',
      () => readdirSync(path.join(b.dataDir, 'sessions')).some((file) => readFileSync(path.join(b.dataDir, 'sessions', file), 'utf8').includes('"finish"')),
      () => b.page.getByRole('table', { name: /Pressure per region/ }).waitFor({ timeout: 60_000 }),
    );
    await fromA.getByRole('button', { name: 'Open record' }).click();
    await expect.poll(() => b.page.getByRole('region', { name: 'Pressure by region' }).textContent()).toMatch(/5/);
    await expect.poll(() => b.page.getByText('Run in Room A.').isVisible()).toBe(true);

    // B's session ran on untouched by A's: nothing logged in it yet.
    await b.page.getByRole('button', { name: 'Room', exact: true }).click();
    await expect.poll(() => b.page.getByText('Client: Ana Ruiz').isVisible()).toBe(true);
    await logPressureAndFinish(b.page);
    await pair.inStep();
    for (const room of [a, b]) expect(recordFiles(path.join(room.dataDir, 'sessions'))).toHaveLength(2);
  }, 120_000);

  it('the same client edited in both rooms while apart shows two versions in both; one choice settles it everywhere; nothing is lost', async () => {
    await pair.inStep();
    await openClient(a.page, 'Ana Ruiz');
    await openClient(b.page, 'Ana Ruiz');
    await pair.pause();

    await a.page.getByRole('form', { name: 'Edit Ana Ruiz' }).getByLabel('Notes').fill('Notes written in Room A');
    await a.page.getByRole('form', { name: 'Edit Ana Ruiz' }).getByRole('button', { name: /Save/ }).click();
    await a.page.getByText('Saved.').waitFor();
    await b.page.getByRole('form', { name: 'Edit Ana Ruiz' }).getByLabel('Goals').fill('Goals written in Room B');
    await b.page.getByRole('form', { name: 'Edit Ana Ruiz' }).getByRole('button', { name: /Save/ }).click();
    await b.page.getByText('Saved.').waitFor();

    await pair.resume();
    const twoVersions = (room: Room) => room.page.getByRole('heading', { name: 'Ana Ruiz has two versions' });
    for (const room of [a, b]) {
      await timeArrival(
        `conflict copy in ${room.name}`,
        () => conflictCopies(path.join(room.dataDir, 'clients')).length > 0,
        () => twoVersions(room).waitFor({ timeout: 60_000 }),
      );
    }
    await expect.poll(() => a.page.getByRole('list', { name: 'Clients found' }).getByRole('button', { name: 'Ana Ruiz (two versions)' }).isVisible()).toBe(true);

    // Settled in room B: the notes from A, the goals from B.
    await b.page.getByRole('radio', { name: 'Notes written in Room A' }).check();
    await b.page.getByRole('radio', { name: 'Goals written in Room B' }).check();
    await b.page.getByRole('button', { name: 'Keep the fields chosen' }).click();
    for (const room of [b, a]) {
      await twoVersions(room).waitFor({ state: 'detached', timeout: 60_000 });
      const form = room.page.getByRole('form', { name: 'Edit Ana Ruiz' });
      await expect.poll(() => form.getByLabel('Notes').inputValue(), { timeout: 30_000 }).toBe('Notes written in Room A');
      await expect.poll(() => form.getByLabel('Goals').inputValue()).toBe('Goals written in Room B');
      await expect.poll(() => room.page.getByText('Earlier versions kept (2)').isVisible(), { timeout: 30_000 }).toBe(true);
    }
    await pair.inStep();
    for (const room of [a, b]) {
      expect(conflictCopies(path.join(room.dataDir, 'clients'))).toEqual([]);
      const kept = readdirSync(path.join(room.dataDir, 'client-versions')).map((file) => readFileSync(path.join(room.dataDir, 'client-versions', file), 'utf8'));
      expect(kept.some((text) => text.includes('Notes written in Room A'))).toBe(true);
      expect(kept.some((text) => text.includes('Goals written in Room B'))).toBe(true);
    }
  }, 180_000);

  const firstPlan = defaultPlans[0]!;
  const planFile = (room: Room) => path.join(room.dataDir, 'plans', `${firstPlan.id}.json`);

  it('a plan, a template and the clinic header changed in room A show on room B’s screens, live', async () => {
    await pair.inStep();
    await openPlans(b.page);
    await openPlans(a.page);
    await renamePlan(a.page, firstPlan.name, 'Deep work');
    await timeArrival(
      'renamed plan in the plans list',
      () => fileHolds(planFile(b), 'Deep work'),
      () => b.page.getByRole('navigation', { name: 'Plans', exact: true }).getByRole('button', { name: 'Deep work', exact: true }).waitFor({ timeout: 60_000 }),
    );
    // The plan open in B starts again from A's version.
    await b.page.getByRole('form', { name: 'Edit Deep work' }).waitFor();

    await openHandoutSetup(b.page);
    await openHandoutSetup(a.page);
    const templateForm = a.page.getByRole('form', { name: 'Template' });
    await templateForm.getByLabel('Template name').fill('After deep work');
    await templateForm.getByRole('button', { name: 'Save as a new template' }).click();
    await a.page.getByRole('list', { name: 'Templates' }).getByText('After deep work').waitFor();
    await timeArrival(
      'new template in the templates list',
      () => recordFiles(path.join(b.dataDir, 'handout-templates')).length === 1,
      () => b.page.getByRole('list', { name: 'Templates' }).getByText('After deep work').waitFor({ timeout: 60_000 }),
    );

    await saveClinicDetails(a.page, 'Clinic name', 'Stillwater');
    await timeArrival(
      'clinic header in the handout set-up',
      () => fileHolds(path.join(b.dataDir, 'handout-settings.json'), 'Stillwater'),
      () => expect.poll(() => clinicField(b, 'Clinic name').inputValue(), { timeout: 60_000 }).toBe('Stillwater'),
    );
  }, 180_000);

  it('a plan and the clinic header edited differently in both rooms while apart show two versions in both; one choice each settles them everywhere; nothing is lost', async () => {
    await pair.inStep();
    await pair.pause();
    await saveClinicDetails(a.page, 'Clinic name', 'Stillwater A');
    await saveClinicDetails(b.page, 'Therapist name', 'Mia');
    for (const room of [a, b]) {
      await openPlans(room.page);
      await renamePlan(room.page, 'Deep work', `Deep work by ${room.name}`);
    }

    await pair.resume();
    const planVersions = (room: Room) => room.page.getByRole('heading', { name: /^The plan "Deep work by Room [AB]" has two versions$/ });
    for (const room of [a, b]) {
      await timeArrival(
        `plan conflict copy in ${room.name}`,
        () => conflictCopies(path.join(room.dataDir, 'plans')).length > 0,
        () => planVersions(room).waitFor({ timeout: 60_000 }),
      );
      await room.page.getByRole('navigation', { name: 'Plans', exact: true }).getByRole('button', { name: /^Deep work by Room [AB] \(two versions\)$/ }).waitFor();
    }
    // Settled in room B: room A's plan, whole.
    await b.page.getByRole('button', { name: /^Keep the version from Room A,/ }).click();
    for (const room of [b, a]) {
      await planVersions(room).waitFor({ state: 'detached', timeout: 60_000 });
      await room.page.getByRole('form', { name: 'Edit Deep work by Room A' }).waitFor({ timeout: 60_000 });
    }

    // The clinic header: its name from A, its therapist from B, settled in room A.
    const headerVersions = (room: Room) => room.page.getByRole('heading', { name: 'The clinic header has two versions' });
    for (const room of [a, b]) {
      await openHandoutSetup(room.page);
      await headerVersions(room).waitFor({ timeout: 60_000 });
    }
    await a.page.getByRole('radio', { name: 'Stillwater A', exact: true }).check();
    await a.page.getByRole('radio', { name: 'Mia', exact: true }).check();
    await a.page.getByRole('button', { name: 'Keep the fields chosen' }).click();
    for (const room of [a, b]) {
      await headerVersions(room).waitFor({ state: 'detached', timeout: 60_000 });
      await expect.poll(() => clinicField(room, 'Clinic name').inputValue(), { timeout: 30_000 }).toBe('Stillwater A');
      await expect.poll(() => clinicField(room, 'Therapist name').inputValue(), { timeout: 30_000 }).toBe('Mia');
    }

    await pair.inStep();
    const kept = (room: Room, folder: string) => readdirSync(path.join(room.dataDir, folder)).map((file) => readFileSync(path.join(room.dataDir, folder, file), 'utf8'));
    for (const room of [a, b]) {
      expect(conflictCopies(path.join(room.dataDir, 'plans'))).toEqual([]);
      expect(conflictCopies(room.dataDir)).toEqual([]);
      const plans = kept(room, 'plan-versions');
      expect(plans.some((text) => text.includes('Deep work by Room A'))).toBe(true);
      expect(plans.some((text) => text.includes('Deep work by Room B'))).toBe(true);
      const headers = kept(room, 'clinic-versions');
      expect(headers.some((text) => text.includes('Stillwater A'))).toBe(true);
      expect(headers.some((text) => text.includes('Mia'))).toBe(true);
    }
  }, 240_000);
});
