import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DamagedRecord, Quarantine } from '../../../../electron/services/quarantine';
import type { RecordCodec } from '../../../../electron/services/record-codec';
import { encryptText, fixedKeyProvider, KEY_BYTES } from '../../../../electron/services/encryption';
import { MAX_RECORD_BYTES, RecordFile } from '../../../../electron/services/record-store';
import { createStorage } from '../../../../electron/services/storage';
import { ManualClock } from '../../../helpers/manual-clock';
import { T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const clientSchema = z.strictObject({ name: z.string() });

/** A data folder whose clients/c-1.json holds `text`, and the store that will open it. */
function folderWith(text: string | Buffer) {
  const dataDir = tempDir();
  mkdirSync(path.join(dataDir, 'clients'));
  const file = path.join(dataDir, 'clients', 'c-1.json');
  writeFileSync(file, text);
  const damaged: DamagedRecord[] = [];
  const storage = createStorage(dataDir, { clock: new ManualClock(T0), onDamaged: (entry) => damaged.push(entry) });
  return { dataDir, file, storage, damaged, client: storage.record('clients', 'c-1', clientSchema) };
}

const envelope = (record: unknown, schemaVersion = 1) => JSON.stringify({ schemaVersion, record });

describe('a damaged record file is set aside with its name, never deleted', () => {
  it('a write over a file it has not read yet first sets the damaged file aside, so overwriting loses nothing', () => {
    const { file, storage, damaged, client } = folderWith('{"schemaVersion": 1, "record": {"name": "Ana R');
    client.write({ name: 'Ana Ruiz' });
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ record: 'clients/c-1', state: 'new', at: T0 });
    expect(storage.quarantine.contentOf(damaged[0]!)).toBe('{"schemaVersion": 1, "record": {"name": "Ana R');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ schemaVersion: 1, record: { name: 'Ana Ruiz' } });
  });

  it('a write over a sound file it has not read sets nothing aside', () => {
    const { file, damaged, client } = folderWith(envelope({ name: 'Ana' }));
    client.write({ name: 'Ana Ruiz' });
    expect(damaged).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8')).record).toEqual({ name: 'Ana Ruiz' });
  });

  it('a file larger than any record is set aside unread, whole, and says how large it is', () => {
    const big = Buffer.alloc(MAX_RECORD_BYTES + 1, ' ');
    const { file, storage, damaged, client } = folderWith(big);
    expect(client.read()).toBeUndefined();
    expect(existsSync(file)).toBe(false);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ record: 'clients/c-1', reason: `it is ${MAX_RECORD_BYTES + 1} bytes, far larger than any record` });
    expect(statSync(path.join(storage.quarantine.dir, damaged[0]!.file)).size).toBe(MAX_RECORD_BYTES + 1);
  });

  it('a record of exactly the largest readable size is read as usual', () => {
    const text = envelope({ name: 'Ana' });
    const { damaged, client } = folderWith(text.padEnd(MAX_RECORD_BYTES, ' '));
    expect(client.read()).toEqual({ name: 'Ana' });
    expect(damaged).toEqual([]);
  });

  it('a file that is not JSON is set aside saying so, without quoting what it holds', () => {
    const { damaged, client } = folderWith('secret notes about the shoulder');
    expect(client.read()).toBeUndefined();
    expect(damaged[0]?.reason).toBe('it is not valid JSON');
  });

  it('a file without a schema version or without a record is not taken for a Stillpoint record', () => {
    for (const text of [JSON.stringify({ record: { name: 'Ana' } }), JSON.stringify({ schemaVersion: 1 }), JSON.stringify([1])]) {
      const { damaged, client } = folderWith(text);
      expect(client.read()).toBeUndefined();
      expect(damaged.map((entry) => entry.reason)).toEqual(['it is not a Stillpoint record (the schema version or the record is missing)']);
    }
  });

  it('a record written by a newer Stillpoint is set aside, naming both versions, not guessed at', () => {
    const { damaged, client } = folderWith(envelope({ name: 'Ana' }, 2));
    expect(client.read()).toBeUndefined();
    expect(damaged[0]?.reason).toBe('it was written by a newer Stillpoint (schema 2; this version reads up to 1)');
  });

  it('a record its schema rejects is set aside, naming the problem in plain words', () => {
    const { damaged, client } = folderWith(envelope({ name: 42 }));
    expect(client.read()).toBeUndefined();
    expect(client.exists()).toBe(false);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.reason).toBe('it does not hold a valid record (The name is not the right kind of answer.)');
  });

  it('a record that cannot be read from the disk is reported by name and left where it is', () => {
    const dataDir = tempDir();
    // A folder where the file should be: its stat works, reading it does not.
    mkdirSync(path.join(dataDir, 'clients', 'c-1.json'), { recursive: true });
    const damaged: DamagedRecord[] = [];
    const storage = createStorage(dataDir, { onDamaged: (entry) => damaged.push(entry) });
    expect(() => storage.record('clients', 'c-1', clientSchema).read()).toThrow(
      expect.objectContaining({
        code: 'storage',
        message:
          'A client file (clients/c-1.json in the data folder) could not be read from the disk: a folder stands where the file should be. ' +
          'Move it out of the data folder, then try again.',
      }),
    );
    expect(statSync(path.join(dataDir, 'clients', 'c-1.json')).isDirectory()).toBe(true);
    expect(damaged).toEqual([]);
  });

  it('a link in place of a record is never followed: it is set aside, and a save writes a file of its own there', () => {
    const { dataDir, storage, damaged, client } = folderWith(envelope({ name: 'Ana' }));
    const outside = path.join(tempDir(), 'elsewhere.json');
    writeFileSync(outside, envelope({ name: 'Someone else' }));
    const link = path.join(dataDir, 'clients', 'c-2.json');
    symlinkSync(outside, link);
    const linked = storage.record('clients', 'c-2', clientSchema);

    expect(linked.read()).toBeUndefined();
    expect(damaged.map((entry) => entry.reason)).toEqual(['it is a link to a file elsewhere, which Stillpoint does not follow']);
    linked.write({ name: 'Ben' });
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(outside, 'utf8')).toBe(envelope({ name: 'Someone else' }));
    expect(client.read()).toEqual({ name: 'Ana' });
  });

  it('a folder of the data folder that is a link is never gone through: neither read nor written, and said so', () => {
    const dataDir = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'c-1.json'), envelope({ name: 'Someone else' }));
    symlinkSync(outside, path.join(dataDir, 'clients'));
    const client = createStorage(dataDir).record('clients', 'c-1', clientSchema);
    const said = (doing: string) =>
      `A client file could not be ${doing}: a link stands where the folder “clients” of the data folder should be, ` +
      'and Stillpoint does not follow links there. Put the folder itself in its place, then try again.';

    expect(() => client.read()).toThrow(expect.objectContaining({ code: 'storage', message: said('read') }));
    expect(() => client.write({ name: 'Ana' })).toThrow(expect.objectContaining({ code: 'storage', message: said('saved') }));
    expect(readdirSync(outside)).toEqual(['c-1.json']);
    expect(readFileSync(path.join(outside, 'c-1.json'), 'utf8')).toBe(envelope({ name: 'Someone else' }));
  });

  it('a save over a link planted since the last read replaces the link, never the file it points to', () => {
    const { dataDir, client, damaged } = folderWith(envelope({ name: 'Ana' }));
    expect(client.read()).toEqual({ name: 'Ana' });
    const outside = path.join(tempDir(), 'elsewhere.json');
    writeFileSync(outside, envelope({ name: 'Someone else' }));
    const file = path.join(dataDir, 'clients', 'c-1.json');
    rmSync(file);
    symlinkSync(outside, file);

    client.write({ name: 'Ana Ruiz' });
    expect(damaged.map((entry) => entry.reason)).toEqual(['it is a link to a file elsewhere, which Stillpoint does not follow']);
    expect(readFileSync(outside, 'utf8')).toBe(envelope({ name: 'Someone else' }));
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
    expect(createStorage(dataDir).record('clients', 'c-1', clientSchema).read()).toEqual({ name: 'Ana Ruiz' });
  });

  it('a record whose folder is not a folder is reported by name, not taken for absent', () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'clients'), 'a file, not a folder');
    const storage = createStorage(dataDir);
    expect(() => storage.record('clients', 'c-1', clientSchema).read()).toThrow(
      expect.objectContaining({
        code: 'storage',
        message:
          'A client file (clients/c-1.json in the data folder) could not be read from the disk: a file stands where its folder should be. ' +
          'Move it out of the data folder, then try again.',
      }),
    );
    expect(readFileSync(path.join(dataDir, 'clients'), 'utf8')).toBe('a file, not a folder');
  });

  it('a sound record exists, and is named in full even when its name holds ".json"', () => {
    const { client, storage } = folderWith(envelope({ name: 'Ana' }));
    expect(client.exists()).toBe(true);
    expect(storage.record('clients', 'c.json-2', clientSchema).recordName).toBe('clients/c.json-2');
  });

  it('a file the codec cannot read for a reason of its own is set aside, saying why', () => {
    const { storage } = folderWith(envelope({ name: 'Ana' }));
    const codec = Object.assign(Object.create(storage.context.codec) as RecordCodec, {
      decode: () => {
        throw new Error('bytes out of place');
      },
    });
    const damaged: string[] = [];
    const quarantine = Object.assign(Object.create(storage.quarantine) as Quarantine, {
      setAside: (_file: string, record: string, reason: string) => damaged.push(`${record}: ${reason}`),
    });
    const client = new RecordFile(path.join(storage.dataDir, 'clients'), 'c-1', clientSchema, { ...storage.context, codec, quarantine });
    expect(client.read()).toBeUndefined();
    expect(damaged).toEqual(['clients/c-1: it could not be read (bytes out of place)']);
  });

  it('a record with no file is simply absent', () => {
    const dataDir = tempDir();
    const client = createStorage(dataDir).record('clients', 'c-1', clientSchema);
    expect(client.read()).toBeUndefined();
    expect(client.exists()).toBe(false);
    expect(client.stored()).toBeUndefined();
    expect(() => client.remove()).not.toThrow();
  });

  it('an encrypted record while the key is closed is locked, not damaged: it stays where it is', () => {
    const text = encryptText(envelope({ name: 'Ana' }), randomBytes(KEY_BYTES), 'clients/c-1');
    const dataDir = tempDir();
    mkdirSync(path.join(dataDir, 'clients'));
    writeFileSync(path.join(dataDir, 'clients', 'c-1.json'), text);
    const damaged: DamagedRecord[] = [];
    const storage = createStorage(dataDir, { keys: fixedKeyProvider(), onDamaged: (entry) => damaged.push(entry) });
    storage.context.codec.encrypting = true;
    expect(() => storage.record('clients', 'c-1', clientSchema).read()).toThrow(expect.objectContaining({ code: 'locked' }));
    expect(readFileSync(path.join(dataDir, 'clients', 'c-1.json'), 'utf8')).toBe(text);
    expect(damaged).toEqual([]);
  });
});

describe('records that must open without the key', () => {
  it('are written as plain JSON even with encryption on, while other records are sealed', () => {
    const dataDir = tempDir();
    const key = randomBytes(KEY_BYTES);
    const storage = createStorage(dataDir, { keys: fixedKeyProvider(key) });
    storage.context.codec.encrypting = true;
    storage.context.codec.useKey(key);
    storage.plainRecord('.', 'encryption', clientSchema).write({ name: 'on' });
    storage.record('.', 'settings', clientSchema).write({ name: 'sealed' });
    expect(JSON.parse(readFileSync(path.join(dataDir, 'encryption.json'), 'utf8'))).toEqual({ schemaVersion: 1, record: { name: 'on' } });
    expect(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).not.toContain('sealed');
    expect(createStorage(dataDir).plainRecord('.', 'encryption', clientSchema).read()).toEqual({ name: 'on' });
  });
});
