import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  title: string;
  help: string;
  discardLabel: string;
  onKeep(): void;
  onDiscard(): void;
}

/**
 * Asked before typing that was not saved would go. Keep editing has the focus, so Enter and Escape (the key
 * that also dismisses a cue) both go back to the typing; only the discard button throws it away.
 */
export function DiscardQuestion({ title, help, discardLabel, onKeep, onDiscard }: Props) {
  return (
    <ConfirmDialog
      title={title}
      help={help}
      primary={{ label: 'Keep editing', onClick: onKeep }}
      secondary={{ label: discardLabel, onClick: onDiscard }}
      focus="primary"
      escapeAnswers
    />
  );
}
