import { ContractError } from '../../shared/contract/errors';
import { clinicLockedMessage, DamagedFileError, decryptText, encryptText, isEncryptedText, isSealedText, keychainLocked, keyIdOf, KeyUnavailableError, LOCKED_MESSAGE, sealedKeyId, type KeyProvider } from './encryption';
import { MAX_RECORD_BYTES } from './record-store';

/** Needed before the key can be opened (the setting, the recovery passphrase's wrapped key): always plain. */
export const PLAIN_RECORDS: ReadonlySet<string> = new Set(['encryption', 'recovery-key']);

/** Records that hold health details: never written in the clear while encryption is on. */
const SENSITIVE_FOLDERS = ['clients/', 'sessions/'];

function tooLarge(bytes: number): ContractError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new ContractError({
    code: 'refused',
    message:
      `That change was not saved: the record would grow to ${mb(bytes)} MB, past the ${mb(MAX_RECORD_BYTES)} MB Stillpoint can read back. ` +
      'Everything saved before is unchanged. Remove something from this record (an attached image, or old handout copies) and try again.',
  });
}

/**
 * Where a file stops being JSON, as a person counts (line 1, character 1), to help mend it; never the text itself,
 * which is health data (the parser's own message quotes it).
 */
function whereJsonBreaks(json: string, parserMessage: string): string {
  if (/Unexpected end/.test(parserMessage)) return ': it stops part-way through, as if cut off';
  const position = /at position (\d+)/.exec(parserMessage)?.[1];
  if (position === undefined) return '';
  const before = json.slice(0, Number(position));
  const line = before.split('\n').length;
  return `: it goes wrong at line ${line}, character ${before.length - before.lastIndexOf('\n')}`;
}

/**
 * How records become file text and back. The record store calls these as its
 * serialize/deserialize hooks, so it stays the one writer (temp file, fsync,
 * rename). Reading accepts plain and encrypted files of either version, so a
 * switch of the setting interrupted half-way leaves every file readable.
 */
export class RecordCodec {
  /** The stored setting: the truth, whether or not the key could be opened. */
  encrypting = false;
  /** What a refused write or an unopened record says: the keychain, or the clinic key this room has not been given. */
  lockedMessage = LOCKED_MESSAGE;
  private key: Buffer | undefined;
  /**
   * This room's own earlier key, kept for reading only once the folder's clinic
   * key turned out to be another: this room's files sealed with it still open,
   * and joining the clinic rewrites them with the clinic key.
   */
  private retired: Buffer | undefined;

  constructor(readonly keys?: KeyProvider) {}

  get canEncrypt(): boolean {
    return this.keys !== undefined;
  }

  /** The setting is on and the key is open. */
  get sealing(): boolean {
    return this.encrypting && this.key !== undefined;
  }

  get hasKey(): boolean {
    return this.key !== undefined;
  }

  useKey(key: Buffer | undefined): void {
    this.key = key;
    if (key && this.retired?.equals(key)) this.retired = undefined;
  }

  /** The open key is not the clinic's: it stays for reading this room's files, and nothing is sealed with it any more. */
  retireKey(): void {
    if (this.key) this.retired = this.key;
    this.key = undefined;
  }

  /** The key currently open, to compare with the clinic key file. */
  openKey(): Buffer | undefined {
    return this.key;
  }

  /** Plain, in an older form, or sealed with this room's retired key: a file to rewrite now that the clinic key is open. */
  needsSealing(text: string): boolean {
    if (!isSealedText(text)) return true;
    const id = sealedKeyId(text);
    return this.retired !== undefined && this.key !== undefined && id === keyIdOf(this.retired) && id !== keyIdOf(this.key);
  }

  /** The open key, to be wrapped with the recovery passphrase. */
  keyForRecovery(): Buffer {
    if (!this.key) throw keychainLocked();
    return this.key;
  }

  /**
   * Text for the file of `record` ("sessions/s-1"), bound to that record when
   * encrypted. Refused when it would be larger than a read accepts (so it never
   * lands in quarantine), or when a health record cannot be encrypted now.
   */
  serializerFor(record: string): (value: unknown) => string {
    return (value) => {
      const plain = JSON.stringify(value, null, '\t');
      let text = plain;
      if (this.encrypting && this.key) text = encryptText(plain, this.key, record);
      else if (this.encrypting && SENSITIVE_FOLDERS.some((folder) => record.startsWith(folder))) throw keychainLocked(this.lockedMessage);
      const bytes = Buffer.byteLength(text, 'utf8');
      if (bytes > MAX_RECORD_BYTES) throw tooLarge(bytes);
      return text;
    };
  }

  /** Plain JSON only, for files that must stay readable without the key (the encryption setting itself). */
  serializePlain = (value: unknown): string => JSON.stringify(value, null, '\t');

  deserializerFor(record: string): (text: string) => unknown {
    return (text) => this.decode(text, record);
  }

  /** A record file's text as its JSON value; `record` is the name it is bound to. */
  decode(text: string, record: string): unknown {
    const plain = isEncryptedText(text) ? this.decrypt(text, record) : text;
    // A byte-order mark (left by some editors) is harmless; strip it rather than set the file aside.
    const json = plain.charCodeAt(0) === 0xfeff ? plain.slice(1) : plain;
    if (json.trim() === '') throw new DamagedFileError('it is empty');
    try {
      return JSON.parse(json) as unknown;
    } catch (error) {
      throw new DamagedFileError(`it is not valid JSON${whereJsonBreaks(json, (error as Error).message)}`);
    }
  }

  /**
   * With the key the file names (the current one, or this room's retired
   * one); an older file names none and is tried with both. A file sealed with
   * a key this room does not hold came from another room: locked, not damaged,
   * so it is never set aside.
   */
  private decrypt(text: string, record: string): string {
    const foreign = this.lockedMessage === LOCKED_MESSAGE ? clinicLockedMessage(undefined) : this.lockedMessage;
    const keys = [this.key, this.retired].filter((key): key is Buffer => key !== undefined);
    // With the setting off here, an encrypted file can only have come from elsewhere.
    if (keys.length === 0) throw new KeyUnavailableError(this.encrypting ? this.lockedMessage : foreign);
    const id = sealedKeyId(text);
    if (id !== undefined) return decryptText(text, keys.find((key) => keyIdOf(key) === id) ?? keys[0], record, foreign);
    let failure: unknown;
    for (const key of keys) {
      try {
        return decryptText(text, key, record);
      } catch (error) {
        failure = error;
      }
    }
    throw failure;
  }

  /**
   * An encrypted copy of a record's text for a backup archive or the
   * quarantine; undefined while the key is closed, or for the records that
   * stay readable without it.
   */
  seal(plain: string, record: string): string | undefined {
    if (!this.sealing || PLAIN_RECORDS.has(record)) return undefined;
    return encryptText(plain, this.key!, record);
  }
}
