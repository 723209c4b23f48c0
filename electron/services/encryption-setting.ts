import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContractError, refused } from '../../shared/contract/errors';
import type { Archive, EncryptionStatus } from '../../shared/contract/data-channels';
import { currentVersion } from './migrations';
import { encryptionSettingSchema } from './encryption-setting-schema';
import type { BackupService } from './backup';
import { canonicalJson } from './canonical-json';
import type { Clock } from './clock';
import { clinicLockedMessage, ENCRYPTED_PREFIX, isEncryptedText, keychainLocked, keyIdOf, LOCKED_MESSAGE } from './encryption';
import { sealBackups, sealQuarantine } from './plaintext-sweep';
import { PLAIN_RECORDS } from './record-codec';
import { envelopeSchema, RecordFile, recordNameOf } from './record-store';
import { passphraseProblem, RECOVERY_COST, recoveryFileSchema, unwrapKey, WrongPassphraseError, wrapKey, type RecoveryFile } from './recovery-key';
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


export interface EncryptionDeps {
  storage: SafeStorage;
  backups: BackupService;
  clock: Clock;
  /** scrypt's cost for the clinic passphrase; tests pass a cheaper one. */
  recoveryCost?: { N: number; r: number; p: number };
  /** This room's name, kept in the clinic key file so another room is told whose passphrase it needs; undefined while it is locked away. */
  room?: () => string | undefined;
}

/**
 * Encryption at rest as a setting. The stored setting is the truth: when it is
 * on and the keychain cannot give the key, the data is "locked" (nothing sensitive
 * is written) until the key comes back or the recovery passphrase opens it.
 * Switching it rewrites every record file in the new form: backup first, then
 * each file, then a read-back check, and only then the setting itself.
 *
 * A clinic has one data key for every room: the setting and the key wrapped
 * with the clinic passphrase (`recovery-key.json`) are synced with the records;
 * a room whose keychain does not hold that key is locked until the passphrase
 * is entered once, and then keeps the key in its own keychain.
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

  /** Applies the stored setting (at start, after a restore or an import brought another one, and when another room changed it). */
  load(): void {
    this.codec.encrypting = this.setting.read()?.enabled ?? false;
    this.matchClinicKey();
  }

  private room(): string | undefined {
    return this.deps.room?.();
  }

  /** The wrapped clinic key, when one was made (files from before rooms name no key and no room). */
  private clinicFile(): RecoveryFile | undefined {
    return this.recovery.read();
  }

  /** Another room chose the clinic passphrase and this room does not hold the clinic key yet. */
  private otherRoom(): string | null {
    const file = this.clinicFile();
    if (!this.codec.encrypting || this.codec.hasKey || !file?.keyId || !file.room) return null;
    // A room name that cannot be read is itself encrypted: this room held a key before, so its own keychain is what is locked.
    const here = this.room();
    return here === undefined || here === file.room ? null : file.room;
  }

  /**
   * A key open here that is not the one the clinic key file names (this room
   * encrypted on its own, then the clinic's file arrived) is kept for reading
   * only: what it would seal, the other rooms could not open.
   */
  private matchClinicKey(): void {
    const codec = this.codec;
    const file = this.clinicFile();
    const open = codec.openKey();
    if (open && file?.keyId && keyIdOf(open) !== file.keyId) codec.retireKey();
    const other = this.otherRoom();
    codec.lockedMessage = other ? clinicLockedMessage(other) : LOCKED_MESSAGE;
  }

  /**
   * The setting or the clinic key file changed underneath (another room's
   * sync): applied now, opening the key if this room holds it. Returns the new status.
   */
  async sharedFilesChanged(): Promise<EncryptionStatus> {
    this.load();
    // The room that turned encryption on rewrites the shared records; rewriting them here too, while its
    // rewrites are still arriving, would leave a conflict copy of each. What is left plain is sealed at the next start.
    await this.unlock({ seal: false });
    return this.status();
  }

  /**
   * Opens the key when the setting is on and it is not open yet, then encrypts
   * whatever was left plain (or in the old unbound form). Never throws: a
   * keychain that refuses leaves the data locked, and the status says so.
   */
  async unlock(options = { seal: true }): Promise<boolean> {
    const codec = this.codec;
    if (codec.hasKey || !codec.keys) return false;
    // With the setting off the keychain is left alone, unless a file is encrypted all the same (a restored copy).
    if (!codec.encrypting && !this.recordFiles().some(startsEncrypted)) return false;
    try {
      codec.useKey(await codec.keys.open({ create: false }));
    } catch {
      return false;
    }
    this.matchClinicKey();
    if (!codec.hasKey) return false;
    if (codec.encrypting && options.seal) await this.sealLeftovers();
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
      otherRoom: this.otherRoom(),
    };
  }

  /**
   * Turning it on with a passphrase: when the folder holds no clinic key yet,
   * this room's key becomes the clinic key, wrapped with the passphrase for the
   * other rooms; when another room made one, the passphrase must open it and
   * this room uses that key.
   */
  async set(enabled: boolean, passphrase?: string): Promise<EncryptionStatus> {
    const codec = this.codec;
    if (!codec.canEncrypt) throw refused('Encryption needs the desktop app, which keeps the key in the system keychain.');
    if (this.status().locked) throw refused('The records are locked. Unlock them first (keychain or clinic passphrase), then change this setting.');
    if (codec.encrypting === enabled) return this.status();
    if (enabled) await this.openClinicKey(passphrase);
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

  /** The key to turn encryption on with: the clinic's (opened with its passphrase) or, when there is none yet, this room's, wrapped as the clinic key. */
  private async openClinicKey(passphrase: string | undefined): Promise<void> {
    const codec = this.codec;
    const file = this.clinicFile();
    if (file?.keyId) {
      const open = codec.openKey() ?? (await codec.keys!.open({ create: false }).catch(() => undefined));
      if (open && keyIdOf(open) === file.keyId) return codec.useKey(open);
      if (passphrase === undefined) {
        throw refused(`This clinic's records already have a key, chosen in ${file.room ?? 'another room'}. Enter the clinic passphrase to use the same key here.`);
      }
      const key = await this.unwrapOrRefuse(file, passphrase);
      await this.adoptOrRefuse(key);
      return codec.useKey(key);
    }
    const problem = passphrase === undefined ? null : passphraseProblem(passphrase);
    if (problem) throw refused(problem);
    codec.useKey(await this.openOrRefuse({ create: true }));
    // Written before any record is encrypted: no record is ever sealed with a key no other room could get.
    if (passphrase !== undefined) await this.wrap(passphrase);
  }

  private async wrap(passphrase: string): Promise<void> {
    this.recovery.write(await wrapKey(this.codec.keyForRecovery(), passphrase, this.deps.clock.now(), this.deps.recoveryCost ?? RECOVERY_COST, this.room()));
  }

  private async unwrapOrRefuse(file: RecoveryFile, passphrase: string): Promise<Buffer> {
    try {
      return await unwrapKey(file, passphrase);
    } catch (error) {
      if (error instanceof WrongPassphraseError) throw refused(error.message);
      throw error;
    }
  }

  private async adoptOrRefuse(key: Buffer): Promise<void> {
    try {
      await this.codec.keys!.adopt(key);
    } catch (error) {
      throw new ContractError({
        code: 'storage',
        message: `The passphrase is right, but the key could not be kept in this computer's keychain (${(error as Error).message}). Unlock the keychain and try again.`,
      });
    }
  }

  /**
   * Wraps the open data key with a passphrase: the clinic passphrase other
   * rooms (and a new computer) open the records with. Changing it rewraps the
   * same key; no record is rewritten and rooms that joined keep working.
   */
  async setRecovery(passphrase: string): Promise<EncryptionStatus> {
    const codec = this.codec;
    if (!codec.encrypting) throw refused('Turn encryption on first; the clinic passphrase opens encrypted records.');
    if (!codec.hasKey) throw refused('The records are locked. Unlock them first, then set the clinic passphrase.');
    const problem = passphraseProblem(passphrase);
    if (problem) throw refused(problem);
    await this.wrap(passphrase);
    return this.status();
  }

  /**
   * Opens locked records: with no passphrase by asking the keychain again,
   * with the clinic passphrase by unwrapping the key and keeping it in this
   * computer's keychain (a room joining the clinic). A wrong passphrase changes nothing.
   */
  async unlockWith(passphrase?: string): Promise<EncryptionStatus> {
    const codec = this.codec;
    if (!this.status().locked) return this.status();
    if (passphrase === undefined) {
      if (!(await this.unlock())) throw new ContractError({ code: 'locked', message: 'The keychain still cannot give the key. Unlock it, or use your recovery passphrase.' });
      return this.status();
    }
    if (!codec.keys) throw refused('Opening encrypted records needs the desktop app, which keeps the key in the system keychain.');
    const file = this.clinicFile();
    if (!file) throw refused('No clinic passphrase was set for these records, so only the keychain of the computer that encrypted them can open them.');
    const key = await this.unwrapOrRefuse(file, passphrase);
    codec.useKey(key);
    this.matchClinicKey();
    // Files this room sealed with a key of its own are rewritten with the clinic key while its old key still reads
    // them, and only then is the old key replaced in the keychain.
    await this.sealLeftovers();
    try {
      await codec.keys.adopt(key);
    } catch (error) {
      throw new ContractError({
        code: 'storage',
        message:
          `The records are open now, but the key could not be kept in this computer's keychain (${(error as Error).message}), ` +
          'so Stillpoint will ask for the clinic passphrase again at the next start. Unlock the keychain to keep the key.',
      });
    }
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
      if (!this.codec.needsSealing(text)) continue;
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
