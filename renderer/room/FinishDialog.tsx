import { useEffect, useEffectEvent } from 'react';
import { ConfirmDialog } from '../forms/ConfirmDialog';

interface Props {
  onConfirm(): void;
  onCancel(): void;
}

export const FINISH_CONFIRM_MS = 4000;

/** Finishing cannot be undone, so it asks once more; unanswered, it goes away by itself. */
export function FinishDialog({ onConfirm, onCancel }: Props) {
  const cancel = useEffectEvent(onCancel);
  useEffect(() => {
    const timer = setTimeout(() => cancel(), FINISH_CONFIRM_MS);
    return () => clearTimeout(timer);
  }, []);
  // Finish session has the focus, so the second F or Enter finishes; the room's keys answer F and Escape.
  return (
    <ConfirmDialog
      title="Finish the session?"
      help="Press F again (or Enter) within 4 seconds to finish, Escape to keep going."
      primary={{ label: 'Finish session', onClick: onConfirm }}
      secondary={{ label: 'Keep going', onClick: onCancel }}
      focus="primary"
    />
  );
}
