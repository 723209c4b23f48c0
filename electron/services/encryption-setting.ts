import path from 'node:path';
import { z } from 'zod';
import { ContractError, refused } from '../../shared/contract/errors';
import type { BackupService } from './backup';
import { isEncryptedText } from './encryption';
import { envelopeSchema, RecordFile } from './record-store';
import type { SafeStorage } from './storage';
import { readFileSync } from 'node:fs';
import { canonicalJson } from './canonical-json';

export const encryptionSettingSchema = z.strictObject({ enabled: z.boolean() });

/**
 * Encryption at rest as a setting. Switching it rewrites every record file in
 * the new form: backup first, then each file, then a read-back check, and only
 * then the setting itself. Files stay readable in either form meanwhile.
 */
export class EncryptionSetting {
  private readonly setting: RecordFile<z.infer<typeof encryptionSettingSchema>>;

  constructor(
    private readonly storage: SafeStorage,
    private readonly backups: BackupService,
  ) {
    this.setting = storage.plainRecord('.', 'encryption', encryptionSettingSchema);
  }

  /** Applies the stored setting at start. */
  load(): void {
    const enabled = this.setting.read()?.enabled ?? false;
    this.storage.context.codec.encrypting = enabled && this.storage.context.codec.canEncrypt;
  }

  status() {
    return { enabled: this.storage.context.codec.encrypting, available: this.storage.context.codec.canEncrypt };
  }

  set(enabled: boolean) {
    const codec = this.storage.context.codec;
    if (!codec.canEncrypt) {
      throw refused('Encryption needs the desktop app, which keeps the key in the system keychain.');
    }
    if (codec.encrypting === enabled) return this.status();
    this.backups.take('before-encryption');
    const previous = codec.encrypting;
    codec.encrypting = enabled;
    try {
      for (const filePath of this.storage.allFiles()) this.rewrite(filePath, enabled);
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
