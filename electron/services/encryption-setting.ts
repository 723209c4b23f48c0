import path from 'node:path';
import { z } from 'zod';
import { ContractError, refused } from '../../shared/contract/errors';
import type { BackupService } from './backup';
import { ENCRYPTED_PREFIX, isEncryptedText, KeyUnavailableError } from './encryption';
import { envelopeSchema, RecordFile } from './record-store';
import type { SafeStorage } from './storage';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { canonicalJson } from './canonical-json';
import { runSliced, type Steps } from './slices';

const settingSchema = z.strictObject({ enabled: z.boolean() });

function startsEncrypted(filePath: string): boolean {
  const head = Buffer.alloc(ENCRYPTED_PREFIX.length);
  const fd = openSync(filePath, 'r');
  try {
    return isEncryptedText(head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/**
 * Encryption at rest as a setting. Switching it rewrites every record file in
 * the new form: backup first, then each file, then a read-back check, and only
 * then the setting itself. Files stay readable in either form meanwhile.
 */
export class EncryptionSetting {
  private readonly setting: RecordFile<z.infer<typeof settingSchema>>;

  constructor(
    private readonly storage: SafeStorage,
    private readonly backups: BackupService,
  ) {
    this.setting = storage.plainRecord('.', 'encryption', settingSchema);
  }

  /** Applies the stored setting at start. */
  load(): void {
    const enabled = this.setting.read()?.enabled ?? false;
    this.storage.context.codec.encrypting = enabled && this.storage.context.codec.canEncrypt;
  }

  /**
   * With encryption on, asks the keychain for the key (never otherwise: no
   * keychain prompt for a feature not in use). A keychain that cannot give it
   * leaves the records locked, and the status says so. True once open.
   */
  async unlock(): Promise<boolean> {
    const codec = this.storage.context.codec;
    if (codec.hasKey || !codec.keys) return codec.hasKey;
    // With the setting off the keychain is left alone, unless a file is encrypted all the same (a restored copy).
    if (!codec.encrypting && !this.storage.allFiles().some(startsEncrypted)) return false;
    try {
      codec.useKey(await codec.keys.open({ create: false }));
      return true;
    } catch (error) {
      if (error instanceof KeyUnavailableError) return false;
      throw error;
    }
  }

  status() {
    const codec = this.storage.context.codec;
    return { enabled: codec.encrypting, available: codec.canEncrypt, locked: codec.encrypting && !codec.hasKey };
  }

  async set(enabled: boolean) {
    const codec = this.storage.context.codec;
    if (!codec.keys) {
      throw refused('Encryption needs the desktop app, which keeps the key in the system keychain.');
    }
    if (enabled && !codec.hasKey) {
      try {
        codec.useKey(await codec.keys.open({ create: true }));
      } catch (error) {
        if (error instanceof KeyUnavailableError) throw refused(`Encryption was not switched on: ${error.message}`);
        throw error;
      }
    }
    if (codec.encrypting === enabled) return this.status();
    await this.backups.take('before-encryption');
    this.storage.foldJournals();
    const previous = codec.encrypting;
    codec.encrypting = enabled;
    try {
      await runSliced(this.rewriteAll(enabled));
    } catch (error) {
      codec.encrypting = previous;
      throw new ContractError({
        code: 'storage',
        message: `Switching encryption stopped part-way (${(error as Error).message}). Every file is still readable; nothing was lost.`,
      });
    }
    this.setting.write({ enabled });
    return this.status();
  }

  private *rewriteAll(enabled: boolean): Steps<void> {
    for (const filePath of this.storage.allFiles()) {
      this.rewrite(filePath, enabled);
      yield;
    }
  }

  private rewrite(filePath: string, enabled: boolean): void {
    if (filePath === this.setting.filePath) return;
    const file = new RecordFile(path.dirname(filePath), path.basename(filePath, '.json'), z.unknown(), this.storage.context);
    const codec = this.storage.context.codec;
    const before = envelopeSchema.safeParse(codec.deserialize(readFileSync(filePath, 'utf8')));
    if (!before.success) return;
    file.replaceWith(before.data);
    const text = readFileSync(filePath, 'utf8');
    if (isEncryptedText(text) !== enabled || canonicalJson(codec.deserialize(text)) !== canonicalJson(before.data)) {
      throw new Error(`${file.recordName} did not read back the same`);
    }
  }
}
