import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedKeyProvider, KeyUnavailableError, type KeyProvider } from '../../../../electron/services/encryption';
import { someClient } from '../../../helpers/backend';
import { layoutIn, type Layout } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';
import { encryptionRoom } from './encryption-room';

const tempDir = useTempDirs();
const PASSPHRASE = 'olive kettle harbour ninety';
const NOTE = 'tender over the old scar';

/** A keychain that holds no key until one is made or kept, and whose keeping can fail. */
function emptyKeychain() {
  const keychain = {
    key: undefined as Buffer | undefined,
    made: 0,
    refuseToKeep: false,
    open({ create }: { create: boolean }) {
      if (keychain.key) return Promise.resolve(keychain.key);
      if (!create) return Promise.reject(new KeyUnavailableError());
      keychain.made += 1;
      keychain.key = randomBytes(32);
      return Promise.resolve(keychain.key);
    },
    adopt(key: Buffer) {
      if (keychain.refuseToKeep) return Promise.reject(new Error('the keychain is locked'));
      keychain.key = key;
      return Promise.resolve();
    },
  };
  return keychain satisfies KeyProvider;
}

/** A room on the desktop app with its keychain, or (keys null) in browser mode with none. */
const desktop = (layout: Layout = layoutIn(tempDir()), keys: KeyProvider | null = fixedKeyProvider()) => encryptionRoom(layout, keys);

const filesUnder = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)])) : [];
const holding = (layout: Layout, text: string) =>
  [layout.dataDir, layout.backupsDir, layout.quarantineDir].flatMap(filesUnder).filter((file) => readFileSync(file, 'utf8').includes(text));

describe('turning encryption on leaves no plain copy anywhere', () => {
  it('not of a running session’s pressure notes, nor of a client’s name in the list kept for searching', async () => {
    const room = desktop();
    const client = await room.call('clients.create', { fields: { ...someClient, name: 'Ximena Quaresma' } });
    const session = await room.call('session.start', { planId: 'default-60', clientId: client.id });
    // On to the warm-up, the first hands-on phase.
    await room.call('session.command', { sessionId: session.id, command: { type: 'next' } });
    await room.call('session.command', { sessionId: session.id, command: { type: 'next' } });
    await room.call('pressure.log', { sessionId: session.id, region: 'shoulders', technique: 'effleurage', level: 5, response: 'just-right', note: NOTE });
    expect(holding(room.layout, NOTE)).not.toEqual([]);

    await room.call('data.encryption.set', { enabled: true });
    await room.backend.idle();

    expect(holding(room.layout, NOTE)).toEqual([]);
    expect(holding(room.layout, 'Ximena Quaresma')).toEqual([]);
    expect((await room.call('session.current')).pressure.entries.map((entry: { note: string }) => entry.note)).toEqual([NOTE]);
    expect((await room.call('clients.search', { query: 'ximena' })).clients.map((each: { id: string }) => each.id)).toEqual([client.id]);
  });

  it('the setting and the clinic key file stay readable without the key, so every room can open the folder', async () => {
    const layout = layoutIn(tempDir());
    const room = desktop(layout);
    await room.call('clients.create', { fields: someClient });
    await room.call('data.encryption.set', { enabled: true, passphrase: PASSPHRASE });
    const plain = (name: string) => JSON.parse(readFileSync(path.join(layout.dataDir, name), 'utf8')).record;
    expect(plain('encryption.json')).toEqual({ enabled: true });
    expect(plain('recovery-key.json')).toMatchObject({ keyId: expect.any(String) });
    room.backend.close();

    const browser = desktop(layout, null);
    expect(await browser.call('data.status')).toMatchObject({ encryption: { enabled: true, locked: true, recovery: true } });
  });
});

describe('with encryption on, a damaged file set aside', () => {
  it('is sealed where it lies, so no plain health detail sits in the set-aside folder', async () => {
    const layout = layoutIn(tempDir());
    const keys = fixedKeyProvider();
    const first = desktop(layout, keys);
    const ana = await first.call('clients.create', { fields: someClient });
    await first.call('data.encryption.set', { enabled: true });
    first.backend.close();
    // Half of a plain copy, as a program outside Stillpoint might leave it.
    writeFileSync(path.join(layout.dataDir, 'clients', `${ana.id}.json`), `{"schemaVersion": 1, "record": {"name": "Ana Ruiz", "notes": "${NOTE}"`);

    const room = desktop(layout, keys);
    await room.backend.idle();
    expect((await room.call('data.status')).damaged).toHaveLength(1);
    expect(filesUnder(layout.quarantineDir)).not.toEqual([]);
    expect(holding(layout, NOTE)).toEqual([]);
  });
});

describe('a computer whose keychain holds no key', () => {
  it('stays locked rather than making a new key the records were never sealed with', async () => {
    const layout = layoutIn(tempDir());
    const first = desktop(layout);
    await first.call('clients.create', { fields: someClient });
    await first.call('data.encryption.set', { enabled: true });
    first.backend.close();

    const keychain = emptyKeychain();
    const room = desktop(layout, keychain);
    expect(await room.refusal('data.encryption.unlock', {})).toMatchObject({ code: 'locked' });
    expect(keychain.made).toBe(0);
    expect(await room.call('data.status')).toMatchObject({ encryption: { enabled: true, locked: true } });
  });

  it('opening the records needs the desktop app when there is no keychain at all', async () => {
    const layout = layoutIn(tempDir());
    const first = desktop(layout);
    await first.call('data.encryption.set', { enabled: true, passphrase: PASSPHRASE });
    first.backend.close();

    const browser = desktop(layout, null);
    expect(await browser.refusal('data.encryption.unlock', { passphrase: PASSPHRASE })).toEqual({
      code: 'refused',
      message: 'Opening encrypted records needs the desktop app, which keeps the key in the system keychain.',
    });
  });

  it('joins with the clinic passphrase: a wrong one is refused plainly; a keychain that will not keep the key is said, the records open all the same', async () => {
    const layout = layoutIn(tempDir());
    const first = desktop(layout);
    const ana = await first.call('clients.create', { fields: { ...someClient, notes: NOTE } });
    await first.call('data.encryption.set', { enabled: true, passphrase: PASSPHRASE });
    first.backend.close();

    const keychain = emptyKeychain();
    keychain.refuseToKeep = true;
    const room = desktop(layout, keychain);
    const wrong = await room.refusal('data.encryption.unlock', { passphrase: 'olive kettle harbour ninety-one' });
    expect(wrong.code).toBe('refused');
    expect(wrong.message).toMatch(/passphrase/i);
    expect(await room.call('data.status')).toMatchObject({ encryption: { locked: true } });

    expect(await room.refusal('data.encryption.unlock', { passphrase: PASSPHRASE })).toEqual({
      code: 'storage',
      message:
        "The records are open now, but the key could not be kept in this computer's keychain (the keychain is locked), " +
        'so Stillpoint will ask for the clinic passphrase again at the next start. Unlock the keychain to keep the key.',
    });
    expect(await room.call('data.status')).toMatchObject({ encryption: { enabled: true, locked: false } });
    expect(await room.call('clients.get', { clientId: ana.id })).toMatchObject({ notes: NOTE });
  });
});

describe('turning encryption on where the clinic already has a key', () => {
  it('on the computer that made it, off and on again needs no passphrase', async () => {
    const room = desktop();
    await room.call('clients.create', { fields: someClient });
    await room.call('data.encryption.set', { enabled: true, passphrase: PASSPHRASE });
    await room.call('data.encryption.set', { enabled: false });
    expect(await room.call('data.encryption.set', { enabled: true })).toMatchObject({ enabled: true, locked: false, recovery: true });
  });

  it('on another computer the passphrase is asked for; a keychain that will not keep the key changes nothing', async () => {
    const layout = layoutIn(tempDir());
    const first = desktop(layout);
    const ana = await first.call('clients.create', { fields: { ...someClient, notes: NOTE } });
    await first.call('data.encryption.set', { enabled: true, passphrase: PASSPHRASE });
    await first.call('data.encryption.set', { enabled: false });
    first.backend.close();

    const keychain = emptyKeychain();
    keychain.refuseToKeep = true;
    const room = desktop(layout, keychain);
    expect((await room.refusal('data.encryption.set', { enabled: true })).message).toMatch(/Enter the clinic passphrase to use the same key here\.$/);
    expect(await room.refusal('data.encryption.set', { enabled: true, passphrase: PASSPHRASE })).toEqual({
      code: 'storage',
      message: "The passphrase is right, but the key could not be kept in this computer's keychain (the keychain is locked). Unlock the keychain and try again.",
    });
    expect(await room.call('data.status')).toMatchObject({ encryption: { enabled: false } });
    expect(holding(layout, NOTE)).not.toEqual([]);

    keychain.refuseToKeep = false;
    expect(await room.call('data.encryption.set', { enabled: true, passphrase: PASSPHRASE })).toMatchObject({ enabled: true, locked: false });
    expect(await room.call('clients.get', { clientId: ana.id })).toMatchObject({ notes: NOTE });
  });
});
