import type { BackupReason } from '../../shared/contract/data-channels';
import { longDateAndTime } from '../../shared/i18n/clock';

/** "Sunday 22 November 2026 at 09:00:00" in the therapist's own locale. */
export function when(ms: number): string {
  return longDateAndTime(ms);
}

export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const reasons: Record<BackupReason, string> = {
  daily: 'Daily',
  manual: 'Backed up by hand',
  'before-migration': 'Before a data upgrade',
  'before-update': 'Before an app update',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-encryption': 'Before switching encryption',
  export: 'Export',
};

export function reasonLabel(reason: BackupReason): string {
  return reasons[reason];
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
