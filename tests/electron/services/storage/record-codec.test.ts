import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clinicLockedMessage, encryptText, fixedKeyProvider, KEY_BYTES, keyIdOf, LOCKED_MESSAGE } from '../../../../electron/services/encryption';
import { RecordCodec } from '../../../../electron/services/record-codec';
import { MAX_RECORD_BYTES } from '../../../../electron/services/record-store';

const envelope = { schemaVersion: 1, record: { name: 'Ana Ruiz' } };

/** What a call threw, to look at it whole. */
function thrownBy(call: () => void): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

function encrypting(key = randomBytes(KEY_BYTES)) {
  const codec = new RecordCodec(fixedKeyProvider(key));
  codec.encrypting = true;
  codec.useKey(key);
  return { codec, key };
}

describe('how a record becomes file text', () => {
  it('is readable, tab-indented JSON while encryption is off', () => {
    const codec = new RecordCodec();
    expect(codec.serializerFor('clients/c-1')(envelope)).toBe(JSON.stringify(envelope, null, '\t'));
    expect(codec.serializePlain(envelope)).toBe(JSON.stringify(envelope, null, '\t'));
    expect(codec.canEncrypt).toBe(false);
  });

  it('is sealed to its own record with the open key while encryption is on, and reads back only as that record', () => {
    const { codec } = encrypting();
    expect(codec.canEncrypt).toBe(true);
    expect(codec.hasKey).toBe(true);
    expect(codec.sealing).toBe(true);
    const text = codec.serializerFor('clients/c-1')(envelope);
    expect(text).not.toContain('Ana');
    expect(codec.decode(text, 'clients/c-1')).toEqual(envelope);
    expect(() => codec.decode(text, 'clients/c-2')).toThrow(/does not open as this record/);
  });

  it('refuses to write a health record in the clear while the key is not open, saying why', () => {
    const codec = new RecordCodec(fixedKeyProvider());
    codec.encrypting = true;
    for (const record of ['clients/c-1', 'sessions/s-1']) {
      expect(() => codec.serializerFor(record)(envelope)).toThrow(expect.objectContaining({ code: 'locked', message: LOCKED_MESSAGE }));
    }
    // Settings and plans hold no health details: they stay writable.
    expect(codec.serializerFor('plans/p-1')(envelope)).toBe(JSON.stringify(envelope, null, '\t'));
  });

  it('refuses a record larger than a read accepts, in megabytes, before it reaches the disk', () => {
    const codec = new RecordCodec();
    const padding = MAX_RECORD_BYTES - JSON.stringify({ schemaVersion: 1, record: '' }, null, '\t').length;
    expect(() => codec.serializerFor('clients/c-1')({ schemaVersion: 1, record: 'x'.repeat(padding) })).not.toThrow();
    expect(() => codec.serializerFor('clients/c-1')({ schemaVersion: 1, record: 'x'.repeat(padding + 1) })).toThrow(
      expect.objectContaining({
        code: 'refused',
        message:
          'That change was not saved: the record would grow to 8.0 MB, past the 8.0 MB Stillpoint can read back. ' +
          'Everything saved before is unchanged. Remove something from this record (an attached image, or old handout copies) and try again.',
      }),
    );
  });
});

describe('how file text becomes a record', () => {
  it('reads plain JSON, with or without the byte-order mark some editors add', () => {
    const codec = new RecordCodec();
    expect(codec.decode(JSON.stringify(envelope), 'clients/c-1')).toEqual(envelope);
    expect(codec.decode(`\uFEFF${JSON.stringify(envelope)}`, 'clients/c-1')).toEqual(envelope);
    expect(codec.deserializerFor('clients/c-1')(JSON.stringify(envelope))).toEqual(envelope);
  });

  it('names the damage: an empty file, or one that is not JSON', () => {
    const codec = new RecordCodec();
    for (const text of ['', '  \n', '\uFEFF']) expect(() => codec.decode(text, 'clients/c-1')).toThrow('it is empty');
    expect(() => codec.decode('{"schemaVersion":', 'clients/c-1')).toThrow(/^it is not valid JSON: it stops part-way through, as if cut off$/);
    // Where it goes wrong, counted as a person counts, from line 1 and character 1; never what it holds.
    expect(() => codec.decode('{\n  "name": "Ana"\n  "notes": "shoulder"\n}', 'clients/c-1')).toThrow(/^it is not valid JSON: it goes wrong at line 3, character 3$/);
    expect(() => codec.decode('secret notes', 'clients/c-1')).toThrow(/^it is not valid JSON$/);
  });

  it('an encrypted file without any key here is locked, never damaged: the keychain, or another room', () => {
    const text = encryptText(JSON.stringify(envelope), randomBytes(KEY_BYTES), 'clients/c-1');
    const on = new RecordCodec(fixedKeyProvider());
    on.encrypting = true;
    expect(() => on.decode(text, 'clients/c-1')).toThrow(expect.objectContaining({ name: 'KeyUnavailableError', message: LOCKED_MESSAGE }));
    const off = new RecordCodec();
    expect(() => off.decode(text, 'clients/c-1')).toThrow(expect.objectContaining({ name: 'KeyUnavailableError', message: clinicLockedMessage(undefined) }));
    off.lockedMessage = clinicLockedMessage('Room 2');
    expect(() => off.decode(text, 'clients/c-1')).toThrow(expect.objectContaining({ message: clinicLockedMessage('Room 2') }));
  });

  it("after joining a clinic, still opens this room's files sealed with its own earlier key", () => {
    const own = randomBytes(KEY_BYTES);
    const clinic = randomBytes(KEY_BYTES);
    const { codec } = encrypting(own);
    const ownFile = codec.serializerFor('clients/c-1')(envelope);
    codec.retireKey();
    expect(codec.hasKey).toBe(false);
    codec.useKey(clinic);
    const clinicFile = codec.serializerFor('clients/c-2')(envelope);
    expect(codec.decode(ownFile, 'clients/c-1')).toEqual(envelope);
    expect(codec.decode(clinicFile, 'clients/c-2')).toEqual(envelope);
    expect(codec.needsSealing(ownFile)).toBe(true);
    expect(codec.needsSealing(clinicFile)).toBe(false);
    expect(codec.needsSealing(JSON.stringify(envelope))).toBe(true);
    expect(codec.openKey()).toBe(clinic);
    // Given its own key back, the room stops treating it as retired.
    codec.useKey(own);
    expect(codec.needsSealing(ownFile)).toBe(false);
  });

  it('a file sealed with a key this room does not hold is locked as from another room, not damaged', () => {
    const { codec } = encrypting();
    const foreign = encryptText(JSON.stringify(envelope), randomBytes(KEY_BYTES), 'clients/c-1');
    expect(thrownBy(() => codec.decode(foreign, 'clients/c-1'))).toMatchObject({ name: 'KeyUnavailableError', message: clinicLockedMessage(undefined) });
    // Nor can it be sealed again here: it does not open.
    expect(codec.needsSealing(foreign)).toBe(false);
  });

  // Sealing again after joining a clinic must not pick up files it cannot open (another room's): they would fail the job.
  it('after joining a clinic, a file from another room is not one to seal again', () => {
    const { codec } = encrypting();
    codec.retireKey();
    codec.useKey(randomBytes(KEY_BYTES));
    const foreign = encryptText(JSON.stringify(envelope), randomBytes(KEY_BYTES), 'clients/c-1');
    expect(codec.needsSealing(foreign)).toBe(false);
    expect(thrownBy(() => codec.decode(foreign, 'clients/c-1'))).toMatchObject({ name: 'KeyUnavailableError' });
  });

  it('a room with only its own key has nothing to seal again; with its key retired and none open, nothing either', () => {
    const { codec } = encrypting();
    const sealed = codec.serializerFor('clients/c-1')(envelope);
    expect(codec.needsSealing(sealed)).toBe(false);
    codec.retireKey();
    expect(codec.needsSealing(sealed)).toBe(false);
    // Retiring again with no key open keeps the earlier key for reading.
    codec.retireKey();
    codec.useKey(randomBytes(KEY_BYTES));
    expect(codec.decode(sealed, 'clients/c-1')).toEqual(envelope);
  });

  it('tries every key it holds on an older file that names none', () => {
    const own = randomBytes(KEY_BYTES);
    const clinic = randomBytes(KEY_BYTES);
    const { codec } = encrypting(own);
    const older = encryptText(JSON.stringify(envelope), own, 'clients/c-1').replace(/^stillpoint-aes-256-gcm-v3:[0-9a-f]{16}:/, 'stillpoint-aes-256-gcm-v2:');
    codec.retireKey();
    codec.useKey(clinic);
    expect(codec.decode(older, 'clients/c-1')).toEqual(envelope);
    expect(thrownBy(() => codec.decode(older, 'clients/c-9'))).toMatchObject({ name: 'DamagedFileError', message: expect.stringMatching(/does not open as this record/) });
    expect(keyIdOf(own)).not.toBe(keyIdOf(clinic));
  });
});

describe('sealing a copy for a backup or the quarantine', () => {
  it('seals with the open key, and leaves plain what must open without it', () => {
    const { codec } = encrypting();
    const sealed = codec.seal(JSON.stringify(envelope), 'clients/c-1')!;
    expect(codec.decode(sealed, 'clients/c-1')).toEqual(envelope);
    expect(codec.seal('{}', 'encryption')).toBeUndefined();
    expect(codec.seal('{}', 'recovery-key')).toBeUndefined();
    expect(codec.keyForRecovery()).toBe(codec.openKey());
  });

  it('seals nothing while encryption is off or its key closed', () => {
    expect(new RecordCodec().seal('{}', 'clients/c-1')).toBeUndefined();
    const closed = new RecordCodec(fixedKeyProvider());
    closed.encrypting = true;
    expect(closed.sealing).toBe(false);
    expect(closed.seal('{}', 'clients/c-1')).toBeUndefined();
    expect(() => closed.keyForRecovery()).toThrow(expect.objectContaining({ code: 'locked' }));
  });
});
