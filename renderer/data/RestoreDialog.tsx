import type { BackupInfo } from '../../shared/contract/data-channels';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { when } from './format';

interface Props {
  backup: BackupInfo;
  onConfirm(): void;
  onCancel(): void;
}

/** Restoring replaces everything, so it asks first and says what happens to today's data. */
export function RestoreDialog({ backup, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog
      title={`Restore the backup of ${when(backup.takenAt)}?`}
      help="Everything in Stillpoint is replaced by this backup. What is there now is backed up first, so this can be undone by restoring that backup."
      primary={{ label: 'Restore', onClick: onConfirm }}
      secondary={{ label: 'Cancel', onClick: onCancel }}
      focus="secondary"
      escapeAnswers
    />
  );
}
