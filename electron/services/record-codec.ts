import { DamagedFileError, decryptText, encryptText, isEncryptedText, KeyUnavailableError, type KeyProvider } from './encryption';

/**
 * How records become file text and back. The record store calls these as its
 * serialize/deserialize hooks, so it stays the one writer (temp file, fsync,
 * rename). Reading accepts both plain and encrypted files, so a switch of the
 * encryption setting that was interrupted half-way leaves every file readable.
 */
export class RecordCodec {
  encrypting = false;
  /** Set once the key is opened: never at start unless encryption is on. */
  private openedKey: Buffer | null = null;

  constructor(readonly keys?: KeyProvider) {}

  get canEncrypt(): boolean {
    return this.keys !== undefined;
  }

  get hasKey(): boolean {
    return this.openedKey !== null;
  }

  useKey(key: Buffer): void {
    this.openedKey = key;
  }

  serialize = (value: unknown): string => {
    const plain = JSON.stringify(value, null, '\t');
    return this.encrypting ? encryptText(plain, this.key()) : plain;
  };

  /** Plain JSON only, for files that must stay readable without the key (the encryption setting itself). */
  serializePlain = (value: unknown): string => JSON.stringify(value, null, '\t');

  deserialize = (text: string): unknown => {
    const plain = isEncryptedText(text) ? decryptText(text, this.openedKey ?? undefined) : text;
    // A byte-order mark (left by some editors) is harmless; strip it rather than set the file aside.
    const json = plain.charCodeAt(0) === 0xfeff ? plain.slice(1) : plain;
    if (json.trim() === '') throw new DamagedFileError('it is empty');
    try {
      return JSON.parse(json) as unknown;
    } catch (error) {
      throw new DamagedFileError(`it is not valid JSON (${(error as Error).message})`);
    }
  };

  private key(): Buffer {
    if (!this.openedKey) throw new KeyUnavailableError('encryption is on and the system keychain has not opened its key');
    return this.openedKey;
  }
}
