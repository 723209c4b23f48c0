import { createCipheriv, randomBytes } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENCRYPTED_PREFIX, fixedKeyProvider, LEGACY_ENCRYPTED_PREFIX } from '../../../../electron/services/encryption';
import { RECOVERY_COST, wrapKey } from '../../../../electron/services/recovery-key';
import { layoutIn, safeBackend, type Layout } from '../../../helpers/safe-backend';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
/** Cheap scrypt for tests; the production cost is checked once below. */
const recoveryCost = { N: 2 ** 14, r: 8, p: 1 };
const ana = { name: 'Ana Lopez', contact: '', dateOfBirth: '', ageBand: null, goals: '', notes: 'Old shoulder injury', preferredPressure: null };

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

async function encryptedWithClient(layout: Layout = layoutIn(tempDir()), keys = fixedKeyProvider()) {
  const running = safeBackend(layout, { keys, recoveryCost });
  const client = await running.call('clients.create', { fields: ana });
  await running.call('data.encryption.set', { enabled: true });
  return { layout, keys, client, ...running };
}

describe('turning encryption on leaves no plaintext copy', () => {
  it('seals the safety backup, every earlier backup and every set-aside file, and says so', async () => {
    const layout = layoutIn(tempDir());
    const keys = fixedKeyProvider();
    const first = safeBackend(layout, { keys });
    await first.call('clients.create', { fields: ana });
    await first.call('session.start', { planId: 'default-60' });
    const earlier = await first.call('data.backup.now');
    first.backend.close();
    // A damaged client file that still shows the client's notes is set aside at the next start.
    writeFileSync(path.join(layout.dataDir, 'clients', 'c-damaged.json'), '{"record": {"name": "Ana Lopez", "notes": "Old shoulder injury"');
    const { call } = safeBackend(layout, { keys });
    expect((await call('data.status')).damaged).toHaveLength(1);

    await call('data.encryption.set', { enabled: true });

    const copies = [...filesUnder(layout.dataDir), ...filesUnder(layout.backupsDir), ...filesUnder(layout.quarantineDir)];
    for (const file of copies) expect(readFileSync(file, 'utf8'), file).not.toMatch(/Ana Lopez|shoulder|Arrival/);
    const reasons = (await call('data.backups.list')).map((backup: { reason: string }) => backup.reason);
    expect(reasons).toContain('before-encryption');
    // The sealed backups still verify and restore.
    expect(await call('data.backup.verify', { backupId: earlier.id })).toMatchObject({ ok: true });
    await call('data.backup.restore', { backupId: earlier.id, confirm: true });
    expect((await call('clients.search', { query: 'ana' })).clients).toHaveLength(1);
  });
});

describe('a locked keychain never means plain text', () => {
  it('says locked, refuses new clients and sessions, and encrypts plain records once the key is back', async () => {
    const { layout, keys, backend } = await encryptedWithClient();
    backend.close();
    // A client written in the clear by an older version while the key was unavailable.
    const plain = path.join(layout.dataDir, 'clients', 'c-plain.json');
    writeFileSync(plain, JSON.stringify({ schemaVersion: 1, record: { ...ana, name: 'Bea Plain', id: 'c-plain', revision: 1, createdAt: 1, updatedAt: 1, archived: false } }));

    const locked = fixedKeyProvider(keys.current, { locked: true });
    const again = safeBackend(layout, { keys: locked, recoveryCost });
    expect((await again.call('data.status')).encryption).toEqual({ enabled: true, available: true, locked: true, recovery: false, otherRoom: null });
    // Health records only: settings and plans are no health data, written plain and sealed once the key is back.
    const healthFiles = () => [...filesUnder(path.join(layout.dataDir, 'clients')), ...filesUnder(path.join(layout.dataDir, 'sessions'))].sort();
    const before = healthFiles();
    for (const [channel, payload] of [
      ['clients.create', { fields: { ...ana, name: 'Cleo New' } }],
      ['session.start', { planId: 'default-60' }],
    ] as const) {
      expect(await again.backend.handle(channel, payload)).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringMatching(/keychain is locked/) } });
    }
    expect(healthFiles()).toEqual(before);
    expect(existsSync(path.join(layout.dataDir, 'current-session.json'))).toBe(false);
    expect(await again.backend.handle('data.encryption.set', { enabled: false })).toMatchObject({ ok: false, error: { code: 'refused' } });

    locked.locked = false;
    expect(await again.call('data.encryption.unlock', {})).toMatchObject({ enabled: true, locked: false });
    // .cache holds the start-up check's index and the layout marker (no health details), and summaries sealed like the records.
    // .stignore only lists what a sync engine leaves out.
    for (const file of filesUnder(layout.dataDir).filter((name) => !/((encryption|recovery-key|layout|scan-index)\.json|\.stignore)$/.test(name))) {
      expect(readFileSync(file, 'utf8').startsWith(ENCRYPTED_PREFIX), file).toBe(true);
    }
    expect((await again.call('clients.search', { query: '' })).total).toBe(2);
    expect(readFileSync(path.join(layout.dataDir, 'clients', `${(await again.call('clients.create', { fields: ana })).id}.json`), 'utf8')).toMatch(
      new RegExp(`^${ENCRYPTED_PREFIX}`),
    );
  });
});

describe('turning encryption on with a locked keychain', () => {
  it('is refused with the keychain message and changes nothing', async () => {
    const layout = layoutIn(tempDir());
    const { backend, call } = safeBackend(layout, { keys: fixedKeyProvider(randomBytes(32), { locked: true }) });
    await call('clients.create', { fields: ana });
    expect(await backend.handle('data.encryption.set', { enabled: true })).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringMatching(/keychain is locked/) },
    });
    expect((await call('data.status')).encryption).toMatchObject({ enabled: false, locked: false });
    expect(await call('data.backups.list')).toEqual([]);
  });
});

describe('each ciphertext is bound to its record', () => {
  it('two encrypted files swapped are set aside as damaged, never read as each other, never wiped', async () => {
    const { layout, keys, client, call, backend } = await encryptedWithClient();
    const other = await call('clients.create', { fields: { ...ana, name: 'Ben Okafor' } });
    backend.close();
    const fileOf = (id: string) => path.join(layout.dataDir, 'clients', `${id}.json`);
    const [a, b] = [readFileSync(fileOf(client.id), 'utf8'), readFileSync(fileOf(other.id), 'utf8')];
    renameSync(fileOf(client.id), `${fileOf(client.id)}.swap`);
    renameSync(fileOf(other.id), fileOf(client.id));
    renameSync(`${fileOf(client.id)}.swap`, fileOf(other.id));

    const again = safeBackend(layout, { keys });
    expect(await again.backend.handle('clients.get', { clientId: client.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const damaged = (await again.call('data.status')).damaged;
    expect(damaged.map((entry: { record: string }) => entry.record).sort()).toEqual([`clients/${client.id}`, `clients/${other.id}`].sort());
    expect(damaged[0].reason).toMatch(/does not open as this record/);
    const kept = filesUnder(layout.quarantineDir).filter((file) => !file.endsWith('.about.json')).map((file) => readFileSync(file, 'utf8'));
    expect(kept.sort()).toEqual([a, b].sort());
  });

  it('an encrypted file that does not open is set aside at start, once the key is open', async () => {
    const { layout, keys, call, backend } = await encryptedWithClient();
    await call('plans.list');
    backend.close();
    // A plan: no service reads it at start, so only the scan can find it.
    writeFileSync(path.join(layout.dataDir, 'plans', 'default-30.json'), ENCRYPTED_PREFIX + randomBytes(80).toString('base64'));
    const again = safeBackend(layout, { keys });
    expect((await again.call('data.status')).damaged.map((entry: { record: string }) => entry.record)).toEqual(['plans/default-30']);
  });

  it('reads a file encrypted the old way (no associated data) and rewrites it bound to its record', async () => {
    const { layout, keys, client, backend } = await encryptedWithClient();
    backend.close();
    const file = path.join(layout.dataDir, 'clients', `${client.id}.json`);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', keys.current, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify({ schemaVersion: 1, record: client })), cipher.final()]);
    writeFileSync(file, LEGACY_ENCRYPTED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'));

    const again = safeBackend(layout, { keys });
    expect(await again.call('clients.get', { clientId: client.id })).toEqual(client);
    expect(readFileSync(file, 'utf8').startsWith(ENCRYPTED_PREFIX)).toBe(true);
  });
});

describe('the recovery passphrase', () => {
  it('opens the records on a new computer whose keychain has no key, and keeps the key there', { timeout: 60_000 }, async () => {
    const { layout, keys, client, call, backend } = await encryptedWithClient();
    expect(await backend.handle('data.recovery.set', { passphrase: 'too short' })).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/at least 12 characters/) },
    });
    expect(await call('data.recovery.set', { passphrase: 'olive kettle harbour ninety' })).toMatchObject({ recovery: true });
    expect(readFileSync(path.join(layout.dataDir, 'recovery-key.json'), 'utf8')).not.toContain(keys.current.toString('base64'));
    backend.close();

    const moved = layoutIn(tempDir());
    cpSync(layout.dataDir, moved.dataDir, { recursive: true });
    const newKeychain = fixedKeyProvider(randomBytes(32), { locked: true });
    const there = safeBackend(moved, { keys: newKeychain, recoveryCost });
    expect((await there.call('data.status')).encryption).toMatchObject({ enabled: true, locked: true, recovery: true });
    expect(await there.backend.handle('data.encryption.unlock', { passphrase: 'olive kettle harbour ninetyy' })).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/not the clinic passphrase/) },
    });
    expect(await there.call('data.encryption.unlock', { passphrase: ' olive kettle harbour ninety ' })).toMatchObject({ locked: false });
    expect(newKeychain.current.equals(keys.current)).toBe(true);
    expect((await there.call('clients.search', { query: 'ana' })).clients.map((listing: { id: string }) => listing.id)).toEqual([client.id]);
    expect((await there.call('session.start', { planId: 'default-60', clientId: client.id })).clientId).toBe(client.id);
  });

  it('is refused clearly where none was set', async () => {
    const { layout, backend } = await encryptedWithClient();
    backend.close();
    const there = safeBackend(layout, { keys: fixedKeyProvider(randomBytes(32), { locked: true }), recoveryCost });
    expect(await there.backend.handle('data.encryption.unlock', { passphrase: 'olive kettle harbour ninety' })).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/No clinic passphrase was set/) },
    });
  });

  it('wraps the key with scrypt at a sensible cost and a fresh salt each time', { timeout: 120_000 }, async () => {
    const key = randomBytes(32);
    const file = await wrapKey(key, 'olive kettle harbour ninety', 1);
    expect(file).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(RECOVERY_COST.N * RECOVERY_COST.r * 128).toBeGreaterThanOrEqual(128 * 1024 * 1024);
    expect(Buffer.from(file.salt, 'base64')).toHaveLength(16);
    expect(file.wrappedKey).not.toBe(key.toString('base64'));
  });
});
