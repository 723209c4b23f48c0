import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConflictCopy } from '../../shared/sync/conflict-copies';
import { startSyncthingPair, type SyncthingPair } from '../helpers/syncthing';

// What the clinic features rely on from the real engine: files travel both ways,
// and an edit made in both rooms while apart comes back as a conflict copy we can read.
describe('two rooms kept in step by Syncthing', () => {
  let root: string;
  let pair: SyncthingPair;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'stillpoint-sync-engine-'));
    pair = await startSyncthingPair(path.join(root, 'a'), path.join(root, 'b'));
    await pair.inStep();
  }, 120_000);
  afterAll(async () => {
    await pair?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const waitForFile = async (file: string, test: (text: string) => boolean = () => true) => {
    await expect.poll(() => existsSync(file) && test(readFileSync(file, 'utf8')), { timeout: 30_000, interval: 100 }).toBe(true);
  };

  it('carries a new file from one room to the other', async () => {
    writeFileSync(path.join(pair.a.folder, 'hello.json'), '{"from":"a"}');
    await waitForFile(path.join(pair.b.folder, 'hello.json'), (text) => text.includes('"a"'));
  });

  it('keeps both versions of a file edited in both rooms while apart', async () => {
    const name = 'c-3f2a9b1c-0d4e-4f5a-9b8c-7d6e5f4a3b2c.json';
    writeFileSync(path.join(pair.a.folder, name), '{"v":0}');
    await waitForFile(path.join(pair.b.folder, name));
    await pair.inStep();
    await pair.pause();
    writeFileSync(path.join(pair.a.folder, name), '{"v":"room a"}');
    writeFileSync(path.join(pair.b.folder, name), '{"v":"room b"}');
    await pair.resume();
    const copies = () => readdirSync(pair.a.folder).concat(readdirSync(pair.b.folder)).filter((file) => parseConflictCopy(file)?.original === name);
    await expect.poll(() => copies().length, { timeout: 60_000, interval: 200 }).toBeGreaterThan(0);
    await pair.inStep();
    const versions = new Set([name, ...new Set(copies())].map((file) => readFileSync(path.join(pair.a.folder, file), 'utf8')));
    expect(versions).toEqual(new Set(['{"v":"room a"}', '{"v":"room b"}']));
  }, 120_000);
});
