import { useEffect, useRef } from 'react';
import type { BackupInfo } from '../../shared/contract/data-channels';
import { useModalFocus } from '../shell/useModalFocus';
import { when } from './format';

interface Props {
  backup: BackupInfo;
  onConfirm(): void;
  onCancel(): void;
}

/** Restoring replaces everything, so it asks first and says what happens to today's data. */
export function RestoreDialog({ backup, onConfirm, onCancel }: Props) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  const box = useModalFocus<HTMLDivElement>();
  useEffect(() => {
    cancelButton.current?.focus();
  }, []);
  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="restore-title"
        aria-describedby="restore-help"
        className="dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      >
        <h2 id="restore-title">Restore the backup of {when(backup.takenAt)}?</h2>
        <p id="restore-help">
          Everything in Stillpoint is replaced by this backup. What is there now is backed up first, so this can be undone by
          restoring that backup.
        </p>
        <div className="dialog__actions">
          <button type="button" className="big-button big-button--primary" onClick={onConfirm}>
            Restore
          </button>
          <button ref={cancelButton} type="button" className="big-button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
