import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContractError, refused } from '../../shared/contract/errors';
import type { Archive, EncryptionStatus } from '../../shared/contract/data-channels';
import { currentVersion } from './migrations';
import type { BackupService } from './backup';
import { canonicalJson } from './canonical-json';
import type { Clock } from './clock';
import { ENCRYPTED_PREFIX, isEncryptedText, isSealedText, keychainLocked } from './encryption';
import { sealBackups, sealQuarantine } from './plaintext-sweep';
import { PLAIN_RECORDS } from './record-codec';
import { envelopeSchema, RecordFile, recordNameOf } from './record-store';
import { passphraseProblem, RECOVERY_COST, recoveryFileSchema, unwrapKey, WrongPassphraseError, wrapKey } from './recovery-key';
import { runSliced, type Steps } from './slices';
import type { SafeStorage } from './storage';

function startsEncrypted(filePath: string): boolean {
  const head = Buffer.alloc(ENCRYPTED_PREFIX.length);
  let fd: number | undefined;
  try {
    fd = openSync(filePath, 'r');
    return isEncryptedText(head.subarray(0, readSync(fd, head)).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export const encryptionSettingSchema = z.strictObject({ enabled: z.boolean() });

export interface EncryptionDeps {
  storage: SafeStorage;
  backups: BackupService;
  clock: Clock;
  /** scrypt's cost for the recovery passphrase; tests pass a cheaper one. */
  recoveryCost?: { N: number; r: number; p: number };
}

/**
 * Encryption at rest as a setting. The stored setting is the truth: when it is
 * on and the keychain cannot give the key, the data is "locked" (nothing sensitive
 * is written) until the key comes back or the recovery passphrase opens it.
 * Switching it rewrites every record file in the new form: backup first, then
 * each file, then a read-back check, and only then the setting itself.
 */
export class EncryptionSetting {
  private readonly setting: RecordFile<z.infer<typeof encryptionSettingSchema>>;
  private readonly recovery: RecordFile<z.infer<typeof recoveryFileSchema>>;
  private readonly sealedBackups = new Set<string>();

  constructor(private readonly deps: EncryptionDeps) {
    this.setting = deps.storage.plainRecord('.', 'encryption', encryptionSettingSchema);
    this.recovery = deps.storage.plainRecord('.', 'recovery-key', recoveryFileSchema);
  }

  private get codec() {
    return this.deps.storage.context.codec;
  }

  /** Applies the stored setting (at start, and after a restore or an import brought another one). */
  load(): void {
    this.codec.encrypting = this.setting.read()?.enabled ?? false;
  }

  /**
   * Opens the key when the setting is on and it is not open yet, then encrypts
   * whatever was left plain (or in the old unbound form). Never throws: a
   * keychain that refuses leaves the data locked, and the status says so.
   */
  async unlock(): Promise<boolean> {
    const codec = this.codec;
    if (codec.hasKey || !codec.keys) return false;
    // With the setting off the keychain is left alone, unless a file is encrypted all the same (a restored copy).
    if (!codec.encrypting && !this.recordFiles().some(startsEncrypted)) return false;
    try {
      codec.useKey(await codec.keys.open({ create: false }));
    } catch {
      return false;
    }
    if (codec.encrypting) await this.sealLeftovers();
    return true;
  }

  /** This computer's own setting and recovery file as archive entries: an import keeps them. */
  ownFiles(): Archive['files'] {
    const version = currentVersion(this.deps.storage.context.migrations, '.');
    const files: Archive['files'] = {};
    const setting = this.setting.read();
    const recovery = this.recovery.read();
    if (setting) files['encryption.json'] = { schemaVersion: version, record: setting };
    if (recovery) files['recovery-key.json'] = { schemaVersion: version, record: recovery };
    return files;
  }

  status(): EncryptionStatus {
    const codec = this.codec;
    return {
      enabled: codec.encrypting,
      available: codec.canEncrypt,
      locked: codec.encrypting && !codec.hasKey,
      recovery: this.recovery.exists(),
    };
  }

  async set(enabled: boolean): Promise<EncryptionStatus> {
    const codec = this.codec;
    if (!codec.canEncrypt) throw refused('Encryption needs the desktop app, which keeps the key in the system keychain.');
    if (this.status().locked) throw refused('The records are locked. Unlock them first (keychain or recovery passphrase), then change this setting.');
    if (codec.encrypting === enabled) return this.status();
    if (enabled) codec.useKey(await this.openOrRefuse({ create: true }));
    const previous = codec.encrypting;
    // On: the safety backup is itself written encrypted. Off: it is taken while still encrypted.
    codec.encrypting = true;
    try {
      await this.deps.backups.take('before-encryption');
    } finally {
      codec.encrypting = previous;
    }
    this.deps.storage.foldJournals();
    codec.encrypting = enabled;
    try {
      await runSliced(this.rewriteAll());
    } catch (error) {
      codec.encrypting = previous;
      throw new ContractError({
        code: 'storage',
        message: `Switching encryption stopped part-way (${(error as Error).message}). Every file is still readable; nothing was lost.`,
      });
    }
    this.setting.write({ enabled });
    if (enabled) await this.sealLeftovers();
    return this.status();
  }

  /** Wraps the open data key with a passphrase the therapist keeps, so a new computer can open the records. */
  async setRecovery(passphrase: string): Promise<EncryptionStatus> {
    const codec = this.codec;
    if (!codec.encrypting) throw refused('Turn encryption on first; a recovery passphrase opens encrypted records.');
    if (!codec.hasKey) throw refused('The records are locked. Unlock them first, then set a recovery passphrase.');
    const problem = passphraseProblem(passphrase);
    if (problem) throw refused(problem);
    this.recovery.write(await wrapKey(codec.keyForRecovery(), passphrase, this.deps.clock.now(), this.deps.recoveryCost ?? RECOVERY_COST));
    return this.status();
  }

  /**
   * Opens locked records: with no passphrase by asking the keychain again,
   * with the recovery passphrase by unwrapping the key and keeping it in this
   * computer's keychain.
   */
  async unlockWith(passphrase?: string): Promise<EncryptionStatus> {
    const codec = this.codec;
    if (!this.status().locked) return this.status();
    if (passphrase === undefined) {
      if (!(await this.unlock())) throw new ContractError({ code: 'locked', message: 'The keychain still cannot give the key. Unlock it, or use your recovery passphrase.' });
      return this.status();
    }
    if (!codec.keys) throw refused('Opening encrypted records needs the desktop app, which keeps the key in the system keychain.');
    const file = this.recovery.read();
    if (!file) throw refused('No recovery passphrase was set for these records, so only the keychain of the computer that encrypted them can open them.');
    let key: Buffer;
    try {
      key = await unwrapKey(file, passphrase);
    } catch (error) {
      if (error instanceof WrongPassphraseError) throw refused(error.message);
      throw error;
    }
    try {
      await codec.keys.adopt(key);
    } catch (error) {
      throw new ContractError({
        code: 'storage',
        message: `The passphrase is right, but the key could not be kept in this computer's keychain (${(error as Error).message}). Unlock the keychain and try again.`,
      });
    }
    codec.useKey(key);
    await this.sealLeftovers();
    return this.status();
  }

  private async openOrRefuse(options: { create: boolean }): Promise<Buffer> {
    try {
      return await this.codec.keys!.open(options);
    } catch {
      throw keychainLocked();
    }
  }

  /** A file just set aside while encryption is on is encrypted where it lies. */
  sealQuarantined(): void {
    sealQuarantine(this.deps.storage.quarantine, this.codec);
  }

  /** Plain or unbound records, backups and set-aside files, encrypted now that the key is open. */
  private async sealLeftovers(): Promise<void> {
    await runSliced(this.sealFiles());
    await sealBackups(this.deps.backups, this.codec, this.sealedBackups);
    sealQuarantine(this.deps.storage.quarantine, this.codec);
    this.deps.storage.dropPlainSummaries();
  }

  private *sealFiles(): Steps<void> {
    for (const filePath of this.recordFiles()) {
      let text: string;
      try {
        text = readFileSync(filePath, 'utf8');
      } catch {
        continue;
      }
      if (isSealedText(text)) continue;
      try {
        this.rewrite(filePath);
      } catch {
        // A file that does not read back is left as it is; reading it sets it aside and says why.
      }
      yield;
    }
  }

  /** Every record file that follows the setting (all but the two that must open without the key). */
  private recordFiles(): string[] {
    return this.deps.storage.allFiles().filter((filePath) => !PLAIN_RECORDS.has(recordNameOf(this.deps.storage.dataDir, filePath)));
  }

  private *rewriteAll(): Steps<void> {
    for (const filePath of this.recordFiles()) {
      this.rewrite(filePath);
      yield;
    }
  }

  private rewrite(filePath: string): void {
    const codec = this.codec;
    const record = recordNameOf(this.deps.storage.dataDir, filePath);
    const file = new RecordFile(path.dirname(filePath), path.basename(filePath, '.json'), z.unknown(), this.deps.storage.context);
    const before = envelopeSchema.safeParse(codec.decode(readFileSync(filePath, 'utf8'), record));
    if (!before.success) return;
    file.replaceWith(before.data);
    const text = readFileSync(filePath, 'utf8');
    if (isEncryptedText(text) !== codec.encrypting || canonicalJson(codec.decode(text, record)) !== canonicalJson(before.data)) {
      throw new Error(`${record} did not read back the same`);
    }
  }
}
